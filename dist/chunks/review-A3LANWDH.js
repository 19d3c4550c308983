import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  review
} from "./chunk-YUFGLYDU.js";
import "./chunk-OSVBUJZX.js";
import "./chunk-OLHWAWSK.js";
import "./chunk-7USGFIKQ.js";
import "./chunk-X35WCL5Z.js";
import "./chunk-JQO23VV7.js";
export {
  review
};
