import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  review
} from "./chunk-UIIMWVBZ.js";
import "./chunk-EVB6T2EB.js";
import "./chunk-2RIYK646.js";
import "./chunk-GUG2HEUO.js";
import "./chunk-2JSRI3RX.js";
import "./chunk-Z7KE6A36.js";
import "./chunk-D2YK244S.js";
import "./chunk-6MRQXAYL.js";
import "./chunk-4LD44RND.js";
import "./chunk-IEJME6RR.js";
export {
  review
};
