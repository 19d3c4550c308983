import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  review
} from "./chunk-Y4F232K4.js";
import "./chunk-X7ICPK65.js";
import "./chunk-JQO23VV7.js";
export {
  review
};
