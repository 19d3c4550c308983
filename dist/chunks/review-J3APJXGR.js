import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  review
} from "./chunk-YZ4JDLO2.js";
import "./chunk-SOIYLEUN.js";
import "./chunk-5IXK7ZVY.js";
import "./chunk-5C5I7Z2F.js";
import "./chunk-X35WCL5Z.js";
import "./chunk-JQO23VV7.js";
export {
  review
};
