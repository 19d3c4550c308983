import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  review
} from "./chunk-357ASRZX.js";
import "./chunk-QO27POKI.js";
import "./chunk-FBN4VSKL.js";
import "./chunk-5ETJW647.js";
import "./chunk-X35WCL5Z.js";
import "./chunk-JQO23VV7.js";
export {
  review
};
