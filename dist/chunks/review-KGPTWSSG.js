import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  review
} from "./chunk-M6XX6SAD.js";
import "./chunk-6VC6KT4A.js";
import "./chunk-JQO23VV7.js";
export {
  review
};
