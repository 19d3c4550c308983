import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  review
} from "./chunk-PJBC53Z7.js";
import "./chunk-7SVFU6ZP.js";
import "./chunk-R7OVXCZQ.js";
import "./chunk-LTL4JRHG.js";
import "./chunk-X35WCL5Z.js";
import "./chunk-JQO23VV7.js";
export {
  review
};
