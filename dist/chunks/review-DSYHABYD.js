import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  review
} from "./chunk-AN5LYRKM.js";
import "./chunk-SOIYLEUN.js";
import "./chunk-EJE5COEW.js";
import "./chunk-5C5I7Z2F.js";
import "./chunk-X35WCL5Z.js";
import "./chunk-JQO23VV7.js";
export {
  review
};
