import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  review
} from "./chunk-RA5YKEQR.js";
import "./chunk-LVWE6BVQ.js";
import "./chunk-RTTGTBCZ.js";
import "./chunk-VPYL567S.js";
import "./chunk-X35WCL5Z.js";
import "./chunk-JQO23VV7.js";
export {
  review
};
