import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  review
} from "./chunk-IGS4GGXU.js";
import "./chunk-HPOHWG5E.js";
import "./chunk-JQO23VV7.js";
export {
  review
};
