import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  MINUS,
  signOf
} from "./chunk-7IS7JC7X.js";

// src/core/format/points.ts
function formatPointsValue(diff) {
  const pts = diff * 100;
  const abs = Math.abs(pts);
  const text = abs > 0 && abs < 1 ? abs.toFixed(1) : String(Math.round(abs));
  return text === "0" ? "±0" : `${signOf(pts)}${text}`;
}
function formatPoints(diff) {
  return `${formatPointsValue(diff)} pts`;
}
function formatInterval(ci) {
  return `${formatPointsValue(ci[0])} to ${formatPointsValue(ci[1])}`;
}
function formatExactPoints(fraction) {
  return String(Math.round(fraction * 1e3) / 10);
}
function formatSignedExactPoints(fraction) {
  const value = Math.round(fraction * 1e3) / 10;
  const sign = value > 0 ? "+" : value < 0 ? MINUS : "";
  return `${sign}${Math.abs(value).toFixed(1)}`;
}
function formatPValue(p) {
  return p < 1e-3 ? "p < 0.001" : `p = ${p.toFixed(3)}`;
}

export {
  formatPointsValue,
  formatPoints,
  formatInterval,
  formatExactPoints,
  formatSignedExactPoints,
  formatPValue
};
