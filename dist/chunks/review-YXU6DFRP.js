import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  review
} from "./chunk-EE4IHMZN.js";
import "./chunk-LVWE6BVQ.js";
import "./chunk-RVIHRJZI.js";
import "./chunk-VPYL567S.js";
import "./chunk-X35WCL5Z.js";
import "./chunk-JQO23VV7.js";
export {
  review
};
