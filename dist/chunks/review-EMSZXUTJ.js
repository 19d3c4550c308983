import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  review
} from "./chunk-P4LLHJGB.js";
import "./chunk-BBOMBZ7T.js";
import "./chunk-N7UGQMFU.js";
import "./chunk-KMMP4QCO.js";
import "./chunk-X35WCL5Z.js";
import "./chunk-JQO23VV7.js";
export {
  review
};
