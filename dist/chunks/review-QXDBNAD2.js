import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  review
} from "./chunk-4VCFCCIJ.js";
import "./chunk-LVWE6BVQ.js";
import "./chunk-RT5TIR63.js";
import "./chunk-VPYL567S.js";
import "./chunk-X35WCL5Z.js";
import "./chunk-JQO23VV7.js";
export {
  review
};
