import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  answerOutput,
  buildDatasetName,
  buildStableUuid,
  failureComment,
  inBatches,
  requireId,
  runLimited,
  versionLabel
} from "./chunk-OSCRZWD3.js";
import "./chunk-LT62UEMG.js";
import {
  ProxyTracerProvider,
  SpanStatusCode,
  context,
  createContextKey,
  init_esm,
  propagation,
  trace
} from "./chunk-OYKFDEXR.js";
import "./chunk-IEJME6RR.js";

// node_modules/@langfuse/core/dist/index.mjs
init_esm();
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
function getEnv(key) {
  if (typeof process !== "undefined" && process.env[key]) {
    return process.env[key];
  } else if (typeof globalThis !== "undefined") {
    return globalThis[key];
  }
  return;
}
function generateUUID(globalThis2) {
  let d = (/* @__PURE__ */ new Date()).getTime();
  let d2 = globalThis2 && globalThis2.performance && globalThis2.performance.now && globalThis2.performance.now() * 1e3 || 0;
  return "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g, function(c) {
    let r = Math.random() * 16;
    if (d > 0) {
      r = (d + r) % 16 | 0;
      d = Math.floor(d / 16);
    } else {
      r = (d2 + r) % 16 | 0;
      d2 = Math.floor(d2 / 16);
    }
    return (c === "x" ? r : r & 3 | 8).toString(16);
  });
}
function safeSetTimeout(fn, timeout) {
  const t = setTimeout(fn, timeout);
  if (t == null ? void 0 : t.unref) {
    t == null ? void 0 : t.unref();
  }
  return t;
}
function base64ToBytes(base64) {
  const binString = atob(base64);
  return Uint8Array.from(binString, (m) => m.codePointAt(0));
}
function bytesToBase64(bytes) {
  const binString = Array.from(bytes, (byte) => String.fromCharCode(byte)).join(
    ""
  );
  return btoa(binString);
}
async function createExperimentId() {
  const randomBytes = new Uint8Array(8);
  crypto.getRandomValues(randomBytes);
  return Array.from(randomBytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
async function createExperimentItemId(input) {
  const serialized = serializeValue(input);
  const data = new TextEncoder().encode(serialized);
  const hashBuffer = await crypto.subtle.digest("SHA-256", data);
  const hashArray = Array.from(new Uint8Array(hashBuffer));
  const hashHex = hashArray.map((b) => b.toString(16).padStart(2, "0")).join("");
  return hashHex.slice(0, 16);
}
function serializeValue(value) {
  if (value === void 0 || value === null) return void 0;
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}
var LogLevel = /* @__PURE__ */ ((LogLevel2) => {
  LogLevel2[LogLevel2["NONE"] = 4] = "NONE";
  LogLevel2[LogLevel2["ERROR"] = 3] = "ERROR";
  LogLevel2[LogLevel2["WARN"] = 2] = "WARN";
  LogLevel2[LogLevel2["INFO"] = 1] = "INFO";
  LogLevel2[LogLevel2["DEBUG"] = 0] = "DEBUG";
  return LogLevel2;
})(LogLevel || {});
function parseLogLevelFromEnv() {
  var _a2;
  if (typeof process === "object" && "env" in process) {
    if (((_a2 = getEnv("LANGFUSE_DEBUG")) == null ? void 0 : _a2.toLowerCase()) === "true")
      return 0;
    const envValue = getEnv("LANGFUSE_LOG_LEVEL");
    const value = (envValue != null ? envValue : "").toUpperCase();
    switch (value) {
      case "NONE":
        return 4;
      case "ERROR":
        return 3;
      case "WARN":
        return 2;
      case "INFO":
        return 1;
      case "DEBUG":
        return 0;
      default:
        return void 0;
    }
  }
  return void 0;
}
var Logger = class {
  /**
   * Creates a new Logger instance.
   *
   * @param config - Configuration options for the logger
   */
  constructor(config = {
    level: 1
    /* INFO */
  }) {
    this.config = {
      enableTimestamp: true,
      ...config
    };
  }
  /**
   * Determines if a message should be logged based on the current log level.
   *
   * @param level - The log level to check
   * @returns True if the message should be logged, false otherwise
   */
  shouldLog(level) {
    return level >= this.config.level;
  }
  /**
   * Formats a log message with timestamp, prefix, and log level.
   *
   * @param level - The log level string
   * @param message - The message to format
   * @returns The formatted message string
   */
  formatMessage(level, message) {
    const timestamp = this.config.enableTimestamp ? (/* @__PURE__ */ new Date()).toISOString() : "";
    const prefix = this.config.prefix || "[Langfuse SDK]";
    const parts = [timestamp, prefix, `[${level}]`, message].filter(Boolean);
    return parts.join(" ");
  }
  /**
   * Logs an error message.
   *
   * @param message - The error message to log
   * @param args - Additional arguments to pass to console.error
   */
  error(message, ...args) {
    if (this.shouldLog(
      3
      /* ERROR */
    )) {
      console.error(this.formatMessage("ERROR", message), ...args);
    }
  }
  /**
   * Logs a warning message.
   *
   * @param message - The warning message to log
   * @param args - Additional arguments to pass to console.warn
   */
  warn(message, ...args) {
    if (this.shouldLog(
      2
      /* WARN */
    )) {
      console.warn(this.formatMessage("WARN", message), ...args);
    }
  }
  /**
   * Logs an informational message.
   *
   * @param message - The info message to log
   * @param args - Additional arguments to pass to console.info
   */
  info(message, ...args) {
    if (this.shouldLog(
      1
      /* INFO */
    )) {
      console.info(this.formatMessage("INFO", message), ...args);
    }
  }
  /**
   * Logs a debug message.
   *
   * @param message - The debug message to log
   * @param args - Additional arguments to pass to console.debug
   */
  debug(message, ...args) {
    if (this.shouldLog(
      0
      /* DEBUG */
    )) {
      console.debug(this.formatMessage("DEBUG", message), ...args);
    }
  }
  /**
   * Sets the minimum log level.
   *
   * @param level - The new log level
   */
  setLevel(level) {
    this.config.level = level;
  }
  /**
   * Gets the current log level.
   *
   * @returns The current log level
   */
  getLevel() {
    return this.config.level;
  }
  /**
   * Checks if a given log level is enabled.
   * Use this to guard expensive operations (like JSON.stringify) before debug logging.
   *
   * @param level - The log level to check
   * @returns True if the level is enabled, false otherwise
   *
   * @example
   * ```typescript
   * if (logger.isLevelEnabled(LogLevel.DEBUG)) {
   *   logger.debug('Expensive data:', JSON.stringify(largeObject));
   * }
   * ```
   */
  isLevelEnabled(level) {
    return this.shouldLog(level);
  }
};
var _a;
var _LoggerSingleton = class _LoggerSingleton2 {
  /**
   * Gets the singleton logger instance, creating it if it doesn't exist.
   *
   * @returns The singleton logger instance
   */
  static getInstance() {
    if (!_LoggerSingleton2.instance) {
      _LoggerSingleton2.instance = new Logger(_LoggerSingleton2.defaultConfig);
    }
    return _LoggerSingleton2.instance;
  }
  /**
   * Configures the global logger with new settings.
   * This will replace the existing logger instance.
   *
   * @param config - The new logger configuration
   */
  static configure(config) {
    _LoggerSingleton2.defaultConfig = config;
    _LoggerSingleton2.instance = new Logger(config);
  }
  /**
   * Resets the singleton logger instance and configuration.
   * Useful for testing or reinitializing the logger.
   */
  static reset() {
    _LoggerSingleton2.instance = null;
    _LoggerSingleton2.defaultConfig = {
      level: 1
      /* INFO */
    };
  }
};
_LoggerSingleton.instance = null;
_LoggerSingleton.defaultConfig = {
  level: (_a = parseLogLevelFromEnv()) != null ? _a : 1
  /* INFO */
};
var LoggerSingleton = _LoggerSingleton;
var getGlobalLogger = () => {
  return LoggerSingleton.getInstance();
};
var package_default = {
  name: "@langfuse/core",
  version: "5.11.1",
  description: "Core functions and utilities for Langfuse packages",
  type: "module",
  sideEffects: false,
  main: "./dist/index.cjs",
  module: "./dist/index.mjs",
  types: "./dist/index.d.ts",
  exports: {
    ".": {
      import: {
        types: "./dist/index.d.ts",
        default: "./dist/index.mjs"
      },
      require: {
        types: "./dist/index.d.cts",
        default: "./dist/index.cjs"
      }
    }
  },
  scripts: {
    build: "tsup",
    test: "vitest run",
    "test:watch": "vitest",
    format: 'prettier --write "src/**/*.ts"',
    "format:check": 'prettier --check "src/**/*.ts"',
    clean: "rm -rf dist"
  },
  author: "Langfuse",
  license: "MIT",
  repository: {
    type: "git",
    url: "https://github.com/langfuse/langfuse-js.git",
    directory: "packages/core"
  },
  files: [
    "dist"
  ],
  peerDependencies: {
    "@opentelemetry/api": "^1.9.0"
  },
  devDependencies: {
    "@types/node": "^24.1.0"
  }
};
var LANGFUSE_TRACER_NAME = "langfuse-sdk";
var LANGFUSE_SDK_VERSION = package_default.version;
var LANGFUSE_SDK_EXPERIMENT_ENVIRONMENT = "sdk-experiment";
var LangfuseOtelSpanAttributes = /* @__PURE__ */ ((LangfuseOtelSpanAttributes2) => {
  LangfuseOtelSpanAttributes2["TRACE_NAME"] = "langfuse.trace.name";
  LangfuseOtelSpanAttributes2["TRACE_USER_ID"] = "user.id";
  LangfuseOtelSpanAttributes2["TRACE_SESSION_ID"] = "session.id";
  LangfuseOtelSpanAttributes2["TRACE_TAGS"] = "langfuse.trace.tags";
  LangfuseOtelSpanAttributes2["TRACE_PUBLIC"] = "langfuse.trace.public";
  LangfuseOtelSpanAttributes2["TRACE_METADATA"] = "langfuse.trace.metadata";
  LangfuseOtelSpanAttributes2["TRACE_INPUT"] = "langfuse.trace.input";
  LangfuseOtelSpanAttributes2["TRACE_OUTPUT"] = "langfuse.trace.output";
  LangfuseOtelSpanAttributes2["OBSERVATION_TYPE"] = "langfuse.observation.type";
  LangfuseOtelSpanAttributes2["OBSERVATION_METADATA"] = "langfuse.observation.metadata";
  LangfuseOtelSpanAttributes2["OBSERVATION_LEVEL"] = "langfuse.observation.level";
  LangfuseOtelSpanAttributes2["OBSERVATION_STATUS_MESSAGE"] = "langfuse.observation.status_message";
  LangfuseOtelSpanAttributes2["OBSERVATION_INPUT"] = "langfuse.observation.input";
  LangfuseOtelSpanAttributes2["OBSERVATION_OUTPUT"] = "langfuse.observation.output";
  LangfuseOtelSpanAttributes2["OBSERVATION_COMPLETION_START_TIME"] = "langfuse.observation.completion_start_time";
  LangfuseOtelSpanAttributes2["OBSERVATION_MODEL"] = "langfuse.observation.model.name";
  LangfuseOtelSpanAttributes2["OBSERVATION_MODEL_PARAMETERS"] = "langfuse.observation.model.parameters";
  LangfuseOtelSpanAttributes2["OBSERVATION_USAGE_DETAILS"] = "langfuse.observation.usage_details";
  LangfuseOtelSpanAttributes2["OBSERVATION_COST_DETAILS"] = "langfuse.observation.cost_details";
  LangfuseOtelSpanAttributes2["OBSERVATION_PROMPT_NAME"] = "langfuse.observation.prompt.name";
  LangfuseOtelSpanAttributes2["OBSERVATION_PROMPT_VERSION"] = "langfuse.observation.prompt.version";
  LangfuseOtelSpanAttributes2["ENVIRONMENT"] = "langfuse.environment";
  LangfuseOtelSpanAttributes2["RELEASE"] = "langfuse.release";
  LangfuseOtelSpanAttributes2["VERSION"] = "langfuse.version";
  LangfuseOtelSpanAttributes2["AS_ROOT"] = "langfuse.internal.as_root";
  LangfuseOtelSpanAttributes2["IS_APP_ROOT"] = "langfuse.internal.is_app_root";
  LangfuseOtelSpanAttributes2["EXPERIMENT_ID"] = "langfuse.experiment.id";
  LangfuseOtelSpanAttributes2["EXPERIMENT_NAME"] = "langfuse.experiment.name";
  LangfuseOtelSpanAttributes2["EXPERIMENT_DESCRIPTION"] = "langfuse.experiment.description";
  LangfuseOtelSpanAttributes2["EXPERIMENT_METADATA"] = "langfuse.experiment.metadata";
  LangfuseOtelSpanAttributes2["EXPERIMENT_DATASET_ID"] = "langfuse.experiment.dataset.id";
  LangfuseOtelSpanAttributes2["EXPERIMENT_ITEM_ID"] = "langfuse.experiment.item.id";
  LangfuseOtelSpanAttributes2["EXPERIMENT_ITEM_EXPECTED_OUTPUT"] = "langfuse.experiment.item.expected_output";
  LangfuseOtelSpanAttributes2["EXPERIMENT_ITEM_METADATA"] = "langfuse.experiment.item.metadata";
  LangfuseOtelSpanAttributes2["EXPERIMENT_ITEM_ROOT_OBSERVATION_ID"] = "langfuse.experiment.item.root_observation_id";
  LangfuseOtelSpanAttributes2["TRACE_COMPAT_USER_ID"] = "langfuse.user.id";
  LangfuseOtelSpanAttributes2["TRACE_COMPAT_SESSION_ID"] = "langfuse.session.id";
  return LangfuseOtelSpanAttributes2;
})(LangfuseOtelSpanAttributes || {});
var annotationQueues_exports = {};
__export(annotationQueues_exports, {
  AnnotationQueueObjectType: () => AnnotationQueueObjectType,
  AnnotationQueueStatus: () => AnnotationQueueStatus
});
var AnnotationQueueStatus = {
  Pending: "PENDING",
  Completed: "COMPLETED"
};
var AnnotationQueueObjectType = {
  Trace: "TRACE",
  Observation: "OBSERVATION",
  Session: "SESSION"
};
var blobStorageIntegrations_exports = {};
__export(blobStorageIntegrations_exports, {
  BlobStorageExportFieldGroup: () => BlobStorageExportFieldGroup,
  BlobStorageExportFrequency: () => BlobStorageExportFrequency,
  BlobStorageExportMode: () => BlobStorageExportMode,
  BlobStorageExportSource: () => BlobStorageExportSource,
  BlobStorageIntegrationFileType: () => BlobStorageIntegrationFileType,
  BlobStorageIntegrationFileTypeResponse: () => BlobStorageIntegrationFileTypeResponse,
  BlobStorageIntegrationType: () => BlobStorageIntegrationType,
  BlobStorageSyncStatus: () => BlobStorageSyncStatus
});
var BlobStorageIntegrationType = {
  S3: "S3",
  S3Compatible: "S3_COMPATIBLE",
  AzureBlobStorage: "AZURE_BLOB_STORAGE"
};
var BlobStorageIntegrationFileType = {
  Json: "JSON",
  Csv: "CSV",
  Jsonl: "JSONL",
  Parquet: "PARQUET"
};
var BlobStorageIntegrationFileTypeResponse = {
  Json: "JSON",
  Csv: "CSV",
  Jsonl: "JSONL",
  Parquet: "PARQUET"
};
var BlobStorageExportMode = {
  FullHistory: "FULL_HISTORY",
  FromToday: "FROM_TODAY",
  FromCustomDate: "FROM_CUSTOM_DATE"
};
var BlobStorageExportFrequency = {
  Every20Minutes: "every_20_minutes",
  Hourly: "hourly",
  Daily: "daily",
  Weekly: "weekly"
};
var BlobStorageExportSource = {
  LegacyTracesObservations: "LEGACY_TRACES_OBSERVATIONS",
  ObservationsV2: "OBSERVATIONS_V2",
  LegacyTracesAndEnrichedObservations: "LEGACY_TRACES_AND_ENRICHED_OBSERVATIONS"
};
var BlobStorageExportFieldGroup = {
  Core: "core",
  Basic: "basic",
  Time: "time",
  Io: "io",
  Metadata: "metadata",
  Model: "model",
  Usage: "usage",
  Prompt: "prompt",
  Metrics: "metrics",
  Tools: "tools",
  TraceContext: "trace_context"
};
var BlobStorageSyncStatus = {
  Idle: "idle",
  Running: "running",
  Queued: "queued",
  UpToDate: "up_to_date",
  Disabled: "disabled",
  Error: "error"
};
var commons_exports = {};
__export(commons_exports, {
  AccessDeniedError: () => AccessDeniedError,
  CommentObjectType: () => CommentObjectType,
  DatasetItemMediaReferenceField: () => DatasetItemMediaReferenceField,
  DatasetStatus: () => DatasetStatus,
  Error: () => Error2,
  MethodNotAllowedError: () => MethodNotAllowedError,
  ModelUsageUnit: () => ModelUsageUnit,
  NotFoundError: () => NotFoundError,
  ObservationLevel: () => ObservationLevel,
  PricingTierAttributeSource: () => PricingTierAttributeSource,
  PricingTierOperator: () => PricingTierOperator,
  ScoreConfigDataType: () => ScoreConfigDataType,
  ScoreDataType: () => ScoreDataType,
  ScoreSource: () => ScoreSource,
  UnauthorizedError: () => UnauthorizedError
});
var DatasetItemMediaReferenceField = {
  Input: "input",
  ExpectedOutput: "expectedOutput",
  Metadata: "metadata"
};
var PricingTierAttributeSource = {
  ModelParameters: "model_parameters",
  Metadata: "metadata"
};
var PricingTierOperator = {
  Gt: "gt",
  Gte: "gte",
  Lt: "lt",
  Lte: "lte",
  Eq: "eq",
  Neq: "neq"
};
var ModelUsageUnit = {
  Characters: "CHARACTERS",
  Tokens: "TOKENS",
  Milliseconds: "MILLISECONDS",
  Seconds: "SECONDS",
  Images: "IMAGES",
  Requests: "REQUESTS"
};
var ObservationLevel = {
  Debug: "DEBUG",
  Default: "DEFAULT",
  Warning: "WARNING",
  Error: "ERROR"
};
var CommentObjectType = {
  Trace: "TRACE",
  Observation: "OBSERVATION",
  Session: "SESSION",
  Prompt: "PROMPT"
};
var DatasetStatus = {
  Active: "ACTIVE",
  Archived: "ARCHIVED"
};
var ScoreSource = {
  Annotation: "ANNOTATION",
  Api: "API",
  Eval: "EVAL"
};
var ScoreConfigDataType = {
  Numeric: "NUMERIC",
  Boolean: "BOOLEAN",
  Categorical: "CATEGORICAL",
  Text: "TEXT"
};
var ScoreDataType = {
  Numeric: "NUMERIC",
  Boolean: "BOOLEAN",
  Categorical: "CATEGORICAL",
  Correction: "CORRECTION",
  Text: "TEXT"
};
var toJson = (value, replacer, space) => {
  return JSON.stringify(value, replacer, space);
};
function fromJson(text, reviver) {
  return JSON.parse(text, reviver);
}
var LangfuseAPIError = class _LangfuseAPIError extends Error {
  constructor({
    message,
    statusCode,
    body,
    rawResponse
  }) {
    super(buildMessage({ message, statusCode, body }));
    Object.setPrototypeOf(this, _LangfuseAPIError.prototype);
    this.statusCode = statusCode;
    this.body = body;
    this.rawResponse = rawResponse;
  }
};
function buildMessage({
  message,
  statusCode,
  body
}) {
  let lines = [];
  if (message != null) {
    lines.push(message);
  }
  if (statusCode != null) {
    lines.push(`Status code: ${statusCode.toString()}`);
  }
  if (body != null) {
    lines.push(`Body: ${toJson(body, void 0, 2)}`);
  }
  return lines.join("\n");
}
var LangfuseAPITimeoutError = class _LangfuseAPITimeoutError extends Error {
  constructor(message) {
    super(message);
    Object.setPrototypeOf(this, _LangfuseAPITimeoutError.prototype);
  }
};
var Error2 = class _Error extends LangfuseAPIError {
  constructor(body, rawResponse) {
    super({
      message: "Error",
      statusCode: 400,
      body,
      rawResponse
    });
    Object.setPrototypeOf(this, _Error.prototype);
  }
};
var UnauthorizedError = class _UnauthorizedError extends LangfuseAPIError {
  constructor(body, rawResponse) {
    super({
      message: "UnauthorizedError",
      statusCode: 401,
      body,
      rawResponse
    });
    Object.setPrototypeOf(this, _UnauthorizedError.prototype);
  }
};
var AccessDeniedError = class _AccessDeniedError extends LangfuseAPIError {
  constructor(body, rawResponse) {
    super({
      message: "AccessDeniedError",
      statusCode: 403,
      body,
      rawResponse
    });
    Object.setPrototypeOf(this, _AccessDeniedError.prototype);
  }
};
var NotFoundError = class _NotFoundError extends LangfuseAPIError {
  constructor(body, rawResponse) {
    super({
      message: "NotFoundError",
      statusCode: 404,
      body,
      rawResponse
    });
    Object.setPrototypeOf(this, _NotFoundError.prototype);
  }
};
var MethodNotAllowedError = class _MethodNotAllowedError extends LangfuseAPIError {
  constructor(body, rawResponse) {
    super({
      message: "MethodNotAllowedError",
      statusCode: 405,
      body,
      rawResponse
    });
    Object.setPrototypeOf(this, _MethodNotAllowedError.prototype);
  }
};
var evaluationCommons_exports = {};
__export(evaluationCommons_exports, {
  CodeEvaluatorSourceCodeLanguage: () => CodeEvaluatorSourceCodeLanguage,
  EvaluationRuleArrayOptionsFilterOperator: () => EvaluationRuleArrayOptionsFilterOperator,
  EvaluationRuleBooleanFilterOperator: () => EvaluationRuleBooleanFilterOperator,
  EvaluationRuleNullFilterOperator: () => EvaluationRuleNullFilterOperator,
  EvaluationRuleNumberFilterOperator: () => EvaluationRuleNumberFilterOperator,
  EvaluationRuleOptionsFilterOperator: () => EvaluationRuleOptionsFilterOperator,
  EvaluationRuleStringFilterOperator: () => EvaluationRuleStringFilterOperator,
  EvaluatorOutputScoreType: () => EvaluatorOutputScoreType,
  EvaluatorType: () => EvaluatorType,
  LegacyEvaluationObject: () => LegacyEvaluationObject,
  PromptVariableMappingSource: () => PromptVariableMappingSource
});
var EvaluatorType = {
  LlmAsJudge: "llm_as_judge",
  Code: "code"
};
var CodeEvaluatorSourceCodeLanguage = {
  Python: "PYTHON",
  Typescript: "TYPESCRIPT"
};
var PromptVariableMappingSource = {
  Input: "input",
  Output: "output",
  Metadata: "metadata",
  ToolCalls: "tool_calls",
  ExpectedOutput: "expected_output",
  ExperimentItemMetadata: "experiment_item_metadata"
};
var EvaluatorOutputScoreType = {
  Numeric: "NUMERIC",
  Boolean: "BOOLEAN",
  Categorical: "CATEGORICAL"
};
var EvaluationRuleStringFilterOperator = {
  Equals: "=",
  Contains: "contains",
  DoesNotContain: "does not contain",
  StartsWith: "starts with",
  EndsWith: "ends with"
};
var EvaluationRuleNumberFilterOperator = {
  Equals: "=",
  GreaterThan: ">",
  LessThan: "<",
  GreaterThanOrEqual: ">=",
  LessThanOrEqual: "<="
};
var EvaluationRuleOptionsFilterOperator = {
  AnyOf: "any of",
  NoneOf: "none of"
};
var EvaluationRuleArrayOptionsFilterOperator = {
  AnyOf: "any of",
  NoneOf: "none of",
  AllOf: "all of"
};
var EvaluationRuleBooleanFilterOperator = {
  Equals: "=",
  NotEquals: "<>"
};
var EvaluationRuleNullFilterOperator = {
  IsNull: "is null",
  IsNotNull: "is not null"
};
var LegacyEvaluationObject = {
  Trace: "trace",
  Span: "span",
  Generation: "generation",
  Event: "event",
  Agent: "agent",
  Tool: "tool",
  Chain: "chain",
  Retriever: "retriever",
  Evaluator: "evaluator",
  Embedding: "embedding",
  Guardrail: "guardrail",
  DatasetItem: "dataset_item"
};
var evaluationErrors_exports = {};
__export(evaluationErrors_exports, {
  BadRequestError: () => BadRequestError,
  ConflictError: () => ConflictError,
  EvaluationAccessDeniedError: () => EvaluationAccessDeniedError,
  EvaluationMethodNotAllowedError: () => EvaluationMethodNotAllowedError,
  EvaluationNotFoundError: () => EvaluationNotFoundError,
  EvaluationUnauthorizedError: () => EvaluationUnauthorizedError,
  InternalServerError: () => InternalServerError,
  PreconditionFailedError: () => PreconditionFailedError,
  PublicApiErrorCode: () => PublicApiErrorCode,
  TooManyRequestsError: () => TooManyRequestsError
});
var PublicApiErrorCode = {
  AuthenticationFailed: "authentication_failed",
  AccessDenied: "access_denied",
  InvalidRequest: "invalid_request",
  InvalidQuery: "invalid_query",
  InvalidBody: "invalid_body",
  ResourceNotFound: "resource_not_found",
  Conflict: "conflict",
  RateLimited: "rate_limited",
  MethodNotAllowed: "method_not_allowed",
  InternalError: "internal_error"
};
var BadRequestError = class _BadRequestError extends LangfuseAPIError {
  constructor(body, rawResponse) {
    super({
      message: "BadRequestError",
      statusCode: 400,
      body,
      rawResponse
    });
    Object.setPrototypeOf(this, _BadRequestError.prototype);
  }
};
var EvaluationUnauthorizedError = class _EvaluationUnauthorizedError extends LangfuseAPIError {
  constructor(body, rawResponse) {
    super({
      message: "EvaluationUnauthorizedError",
      statusCode: 401,
      body,
      rawResponse
    });
    Object.setPrototypeOf(this, _EvaluationUnauthorizedError.prototype);
  }
};
var EvaluationAccessDeniedError = class _EvaluationAccessDeniedError extends LangfuseAPIError {
  constructor(body, rawResponse) {
    super({
      message: "EvaluationAccessDeniedError",
      statusCode: 403,
      body,
      rawResponse
    });
    Object.setPrototypeOf(this, _EvaluationAccessDeniedError.prototype);
  }
};
var EvaluationNotFoundError = class _EvaluationNotFoundError extends LangfuseAPIError {
  constructor(body, rawResponse) {
    super({
      message: "EvaluationNotFoundError",
      statusCode: 404,
      body,
      rawResponse
    });
    Object.setPrototypeOf(this, _EvaluationNotFoundError.prototype);
  }
};
var EvaluationMethodNotAllowedError = class _EvaluationMethodNotAllowedError extends LangfuseAPIError {
  constructor(body, rawResponse) {
    super({
      message: "EvaluationMethodNotAllowedError",
      statusCode: 405,
      body,
      rawResponse
    });
    Object.setPrototypeOf(this, _EvaluationMethodNotAllowedError.prototype);
  }
};
var ConflictError = class _ConflictError extends LangfuseAPIError {
  constructor(body, rawResponse) {
    super({
      message: "ConflictError",
      statusCode: 409,
      body,
      rawResponse
    });
    Object.setPrototypeOf(this, _ConflictError.prototype);
  }
};
var PreconditionFailedError = class _PreconditionFailedError extends LangfuseAPIError {
  constructor(body, rawResponse) {
    super({
      message: "PreconditionFailedError",
      statusCode: 412,
      body,
      rawResponse
    });
    Object.setPrototypeOf(this, _PreconditionFailedError.prototype);
  }
};
var TooManyRequestsError = class _TooManyRequestsError extends LangfuseAPIError {
  constructor(body, rawResponse) {
    super({
      message: "TooManyRequestsError",
      statusCode: 429,
      body,
      rawResponse
    });
    Object.setPrototypeOf(this, _TooManyRequestsError.prototype);
  }
};
var InternalServerError = class _InternalServerError extends LangfuseAPIError {
  constructor(body, rawResponse) {
    super({
      message: "InternalServerError",
      statusCode: 500,
      body,
      rawResponse
    });
    Object.setPrototypeOf(this, _InternalServerError.prototype);
  }
};
var evaluators_exports = {};
__export(evaluators_exports, {
  EvaluatorChatMessageRole: () => EvaluatorChatMessageRole,
  EvaluatorStatus: () => EvaluatorStatus
});
var EvaluatorChatMessageRole = {
  System: "system",
  User: "user",
  Assistant: "assistant"
};
var EvaluatorStatus = {
  Active: "active",
  Paused: "paused"
};
var feedback_exports = {};
__export(feedback_exports, {
  FeedbackNotConfiguredError: () => FeedbackNotConfiguredError,
  FeedbackTargetType: () => FeedbackTargetType
});
var FeedbackTargetType = {
  Skill: "skill",
  McpTool: "mcp-tool",
  Cli: "cli",
  Docs: "docs",
  PublicApi: "public-api",
  Other: "other"
};
var FeedbackNotConfiguredError = class _FeedbackNotConfiguredError extends LangfuseAPIError {
  constructor(rawResponse) {
    super({
      message: "FeedbackNotConfiguredError",
      statusCode: 409,
      rawResponse
    });
    Object.setPrototypeOf(this, _FeedbackNotConfiguredError.prototype);
  }
};
var health_exports = {};
__export(health_exports, {
  ServiceUnavailableError: () => ServiceUnavailableError
});
var ServiceUnavailableError = class _ServiceUnavailableError extends LangfuseAPIError {
  constructor(rawResponse) {
    super({
      message: "ServiceUnavailableError",
      statusCode: 503,
      rawResponse
    });
    Object.setPrototypeOf(this, _ServiceUnavailableError.prototype);
  }
};
var ingestion_exports = {};
__export(ingestion_exports, {
  ObservationType: () => ObservationType
});
var ObservationType = {
  Span: "SPAN",
  Generation: "GENERATION",
  Event: "EVENT",
  Agent: "AGENT",
  Tool: "TOOL",
  Chain: "CHAIN",
  Retriever: "RETRIEVER",
  Evaluator: "EVALUATOR",
  Embedding: "EMBEDDING",
  Guardrail: "GUARDRAIL"
};
var legacy_exports = {};
__export(legacy_exports, {
  CreateScoreSource: () => CreateScoreSource,
  metricsV1: () => metricsV1_exports,
  observationsV1: () => observationsV1_exports,
  scoreV1: () => scoreV1_exports
});
var metricsV1_exports = {};
var observationsV1_exports = {};
var scoreV1_exports = {};
__export(scoreV1_exports, {
  CreateScoreSource: () => CreateScoreSource
});
var CreateScoreSource = {
  Api: "API",
  Annotation: "ANNOTATION"
};
var llmConnections_exports = {};
__export(llmConnections_exports, {
  LlmAdapter: () => LlmAdapter
});
var LlmAdapter = {
  Anthropic: "anthropic",
  OpenAi: "openai",
  Azure: "azure",
  Bedrock: "bedrock",
  GoogleVertexAi: "google-vertex-ai",
  GoogleAiStudio: "google-ai-studio"
};
var media_exports = {};
__export(media_exports, {
  MediaContentType: () => MediaContentType
});
var MediaContentType = {
  ImagePng: "image/png",
  ImageJpeg: "image/jpeg",
  ImageJpg: "image/jpg",
  ImageWebp: "image/webp",
  ImageGif: "image/gif",
  ImageSvgXml: "image/svg+xml",
  ImageTiff: "image/tiff",
  ImageBmp: "image/bmp",
  ImageAvif: "image/avif",
  ImageHeic: "image/heic",
  AudioMpeg: "audio/mpeg",
  AudioMp3: "audio/mp3",
  AudioWav: "audio/wav",
  AudioOgg: "audio/ogg",
  AudioOga: "audio/oga",
  AudioAac: "audio/aac",
  AudioMp4: "audio/mp4",
  AudioFlac: "audio/flac",
  AudioOpus: "audio/opus",
  AudioWebm: "audio/webm",
  VideoMp4: "video/mp4",
  VideoWebm: "video/webm",
  VideoOgg: "video/ogg",
  VideoMpeg: "video/mpeg",
  VideoQuicktime: "video/quicktime",
  VideoXMsvideo: "video/x-msvideo",
  VideoXMatroska: "video/x-matroska",
  TextPlain: "text/plain",
  TextHtml: "text/html",
  TextCss: "text/css",
  TextCsv: "text/csv",
  TextMarkdown: "text/markdown",
  TextXPython: "text/x-python",
  ApplicationJavascript: "application/javascript",
  TextXTypescript: "text/x-typescript",
  ApplicationXYaml: "application/x-yaml",
  ApplicationPdf: "application/pdf",
  ApplicationMsword: "application/msword",
  ApplicationMsExcel: "application/vnd.ms-excel",
  ApplicationOpenxmlSpreadsheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ApplicationZip: "application/zip",
  ApplicationJson: "application/json",
  ApplicationXml: "application/xml",
  ApplicationOctetStream: "application/octet-stream",
  ApplicationOpenxmlWord: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ApplicationOpenxmlPresentation: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  ApplicationRtf: "application/rtf",
  ApplicationXNdjson: "application/x-ndjson",
  ApplicationParquet: "application/vnd.apache.parquet",
  ApplicationGzip: "application/gzip",
  ApplicationXTar: "application/x-tar",
  ApplicationX7ZCompressed: "application/x-7z-compressed"
};
var models_exports = {};
__export(models_exports, {
  ModelTokenizerId: () => ModelTokenizerId
});
var ModelTokenizerId = {
  Openai: "openai",
  Claude: "claude"
};
var organizations_exports = {};
__export(organizations_exports, {
  MembershipRole: () => MembershipRole
});
var MembershipRole = {
  Owner: "OWNER",
  Admin: "ADMIN",
  Member: "MEMBER",
  Viewer: "VIEWER"
};
var prompts_exports = {};
__export(prompts_exports, {
  ChatMessageType: () => ChatMessageType,
  CreateChatPromptType: () => CreateChatPromptType,
  CreateTextPromptType: () => CreateTextPromptType,
  PlaceholderMessageType: () => PlaceholderMessageType,
  PromptType: () => PromptType
});
var PromptType = {
  Chat: "chat",
  Text: "text"
};
var ChatMessageType = {
  Chatmessage: "chatmessage"
};
var PlaceholderMessageType = {
  Placeholder: "placeholder"
};
var CreateChatPromptType = {
  Chat: "chat"
};
var CreateTextPromptType = {
  Text: "text"
};
var scores_exports = {};
__export(scores_exports, {
  CreateScoreSource: () => CreateScoreSource
});
var unstable_exports = {};
__export(unstable_exports, {
  AccessDeniedError: () => AccessDeniedError2,
  BadRequestError: () => BadRequestError2,
  ConflictError: () => ConflictError2,
  DashboardWidgetChartType: () => DashboardWidgetChartType,
  DashboardWidgetMetricAggregation: () => DashboardWidgetMetricAggregation,
  DashboardWidgetSortOrder: () => DashboardWidgetSortOrder,
  DashboardWidgetView: () => DashboardWidgetView,
  DashboardWidgetViewWithLegacy: () => DashboardWidgetViewWithLegacy,
  InternalServerError: () => InternalServerError2,
  MethodNotAllowedError: () => MethodNotAllowedError2,
  NotFoundError: () => NotFoundError2,
  PublicApiErrorCode: () => PublicApiErrorCode2,
  TooManyRequestsError: () => TooManyRequestsError2,
  UnauthorizedError: () => UnauthorizedError2,
  dashboardWidgets: () => dashboardWidgets_exports,
  dashboards: () => dashboards_exports,
  errors: () => errors_exports2
});
var dashboardWidgets_exports = {};
__export(dashboardWidgets_exports, {
  DashboardWidgetChartType: () => DashboardWidgetChartType,
  DashboardWidgetMetricAggregation: () => DashboardWidgetMetricAggregation,
  DashboardWidgetSortOrder: () => DashboardWidgetSortOrder,
  DashboardWidgetView: () => DashboardWidgetView,
  DashboardWidgetViewWithLegacy: () => DashboardWidgetViewWithLegacy
});
var DashboardWidgetView = {
  Observations: "observations",
  ScoresNumeric: "scores-numeric",
  ScoresBoolean: "scores-boolean",
  ScoresCategorical: "scores-categorical"
};
var DashboardWidgetViewWithLegacy = {
  Observations: "observations",
  ScoresNumeric: "scores-numeric",
  ScoresBoolean: "scores-boolean",
  ScoresCategorical: "scores-categorical",
  Traces: "traces"
};
var DashboardWidgetChartType = {
  LineTimeSeries: "LINE_TIME_SERIES",
  AreaTimeSeries: "AREA_TIME_SERIES",
  BarTimeSeries: "BAR_TIME_SERIES",
  HorizontalBar: "HORIZONTAL_BAR",
  VerticalBar: "VERTICAL_BAR",
  Pie: "PIE",
  Number: "NUMBER",
  Histogram: "HISTOGRAM",
  PivotTable: "PIVOT_TABLE"
};
var DashboardWidgetMetricAggregation = {
  Sum: "sum",
  Avg: "avg",
  Count: "count",
  Max: "max",
  Min: "min",
  P50: "p50",
  P75: "p75",
  P90: "p90",
  P95: "p95",
  P99: "p99",
  Histogram: "histogram",
  Uniq: "uniq"
};
var DashboardWidgetSortOrder = {
  Asc: "ASC",
  Desc: "DESC"
};
var dashboards_exports = {};
var errors_exports2 = {};
__export(errors_exports2, {
  AccessDeniedError: () => AccessDeniedError2,
  BadRequestError: () => BadRequestError2,
  ConflictError: () => ConflictError2,
  InternalServerError: () => InternalServerError2,
  MethodNotAllowedError: () => MethodNotAllowedError2,
  NotFoundError: () => NotFoundError2,
  PublicApiErrorCode: () => PublicApiErrorCode2,
  TooManyRequestsError: () => TooManyRequestsError2,
  UnauthorizedError: () => UnauthorizedError2
});
var PublicApiErrorCode2 = {
  AuthenticationFailed: "authentication_failed",
  AccessDenied: "access_denied",
  InvalidRequest: "invalid_request",
  InvalidQuery: "invalid_query",
  InvalidBody: "invalid_body",
  ResourceNotFound: "resource_not_found",
  Conflict: "conflict",
  RateLimited: "rate_limited",
  MethodNotAllowed: "method_not_allowed",
  InternalError: "internal_error"
};
var BadRequestError2 = class _BadRequestError2 extends LangfuseAPIError {
  constructor(body, rawResponse) {
    super({
      message: "BadRequestError",
      statusCode: 400,
      body,
      rawResponse
    });
    Object.setPrototypeOf(this, _BadRequestError2.prototype);
  }
};
var UnauthorizedError2 = class _UnauthorizedError2 extends LangfuseAPIError {
  constructor(body, rawResponse) {
    super({
      message: "UnauthorizedError",
      statusCode: 401,
      body,
      rawResponse
    });
    Object.setPrototypeOf(this, _UnauthorizedError2.prototype);
  }
};
var AccessDeniedError2 = class _AccessDeniedError2 extends LangfuseAPIError {
  constructor(body, rawResponse) {
    super({
      message: "AccessDeniedError",
      statusCode: 403,
      body,
      rawResponse
    });
    Object.setPrototypeOf(this, _AccessDeniedError2.prototype);
  }
};
var NotFoundError2 = class _NotFoundError2 extends LangfuseAPIError {
  constructor(body, rawResponse) {
    super({
      message: "NotFoundError",
      statusCode: 404,
      body,
      rawResponse
    });
    Object.setPrototypeOf(this, _NotFoundError2.prototype);
  }
};
var MethodNotAllowedError2 = class _MethodNotAllowedError2 extends LangfuseAPIError {
  constructor(body, rawResponse) {
    super({
      message: "MethodNotAllowedError",
      statusCode: 405,
      body,
      rawResponse
    });
    Object.setPrototypeOf(this, _MethodNotAllowedError2.prototype);
  }
};
var ConflictError2 = class _ConflictError2 extends LangfuseAPIError {
  constructor(body, rawResponse) {
    super({
      message: "ConflictError",
      statusCode: 409,
      body,
      rawResponse
    });
    Object.setPrototypeOf(this, _ConflictError2.prototype);
  }
};
var TooManyRequestsError2 = class _TooManyRequestsError2 extends LangfuseAPIError {
  constructor(body, rawResponse) {
    super({
      message: "TooManyRequestsError",
      statusCode: 429,
      body,
      rawResponse
    });
    Object.setPrototypeOf(this, _TooManyRequestsError2.prototype);
  }
};
var InternalServerError2 = class _InternalServerError2 extends LangfuseAPIError {
  constructor(body, rawResponse) {
    super({
      message: "InternalServerError",
      statusCode: 500,
      body,
      rawResponse
    });
    Object.setPrototypeOf(this, _InternalServerError2.prototype);
  }
};
var utils_exports = {};
__export(utils_exports, {
  pagination: () => pagination_exports
});
var pagination_exports = {};
function mergeHeaders(...headersArray) {
  const result = {};
  for (const [key, value] of headersArray.filter((headers) => headers != null).flatMap((headers) => Object.entries(headers))) {
    if (value != null) {
      result[key] = value;
    } else if (key in result) {
      delete result[key];
    }
  }
  return result;
}
function mergeOnlyDefinedHeaders(...headersArray) {
  const result = {};
  for (const [key, value] of headersArray.filter((headers) => headers != null).flatMap((headers) => Object.entries(headers))) {
    if (value != null) {
      result[key] = value;
    }
  }
  return result;
}
var defaultQsOptions = {
  arrayFormat: "indices",
  encode: true
};
function encodeValue(value, shouldEncode) {
  if (value === void 0) {
    return "";
  }
  if (value === null) {
    return "";
  }
  const stringValue = String(value);
  return shouldEncode ? encodeURIComponent(stringValue) : stringValue;
}
function stringifyObject(obj, prefix = "", options) {
  const parts = [];
  for (const [key, value] of Object.entries(obj)) {
    const fullKey = prefix ? `${prefix}[${key}]` : key;
    if (value === void 0) {
      continue;
    }
    if (Array.isArray(value)) {
      if (value.length === 0) {
        continue;
      }
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (item === void 0) {
          continue;
        }
        if (typeof item === "object" && !Array.isArray(item) && item !== null) {
          const arrayKey = options.arrayFormat === "indices" ? `${fullKey}[${i}]` : fullKey;
          parts.push(
            ...stringifyObject(
              item,
              arrayKey,
              options
            )
          );
        } else {
          const arrayKey = options.arrayFormat === "indices" ? `${fullKey}[${i}]` : fullKey;
          const encodedKey = options.encode ? encodeURIComponent(arrayKey) : arrayKey;
          parts.push(`${encodedKey}=${encodeValue(item, options.encode)}`);
        }
      }
    } else if (typeof value === "object" && value !== null) {
      if (Object.keys(value).length === 0) {
        continue;
      }
      parts.push(
        ...stringifyObject(value, fullKey, options)
      );
    } else {
      const encodedKey = options.encode ? encodeURIComponent(fullKey) : fullKey;
      parts.push(`${encodedKey}=${encodeValue(value, options.encode)}`);
    }
  }
  return parts;
}
function toQueryString(obj, options) {
  if (obj == null || typeof obj !== "object") {
    return "";
  }
  const parts = stringifyObject(obj, "", {
    ...defaultQsOptions,
    ...options
  });
  return parts.join("&");
}
function createRequestUrl(baseUrl, queryParameters) {
  const queryString = toQueryString(queryParameters, { arrayFormat: "repeat" });
  return queryString ? `${baseUrl}?${queryString}` : baseUrl;
}
function getBinaryResponse(response) {
  const binaryResponse = {
    get bodyUsed() {
      return response.bodyUsed;
    },
    stream: () => response.body,
    arrayBuffer: response.arrayBuffer.bind(response),
    blob: response.blob.bind(response)
  };
  if ("bytes" in response && typeof response.bytes === "function") {
    binaryResponse.bytes = response.bytes.bind(response);
  }
  return binaryResponse;
}
function isResponseWithBody(response) {
  return response.body != null;
}
async function getResponseBody(response, responseType) {
  if (!isResponseWithBody(response)) {
    return void 0;
  }
  switch (responseType) {
    case "binary-response":
      return getBinaryResponse(response);
    case "blob":
      return await response.blob();
    case "arrayBuffer":
      return await response.arrayBuffer();
    case "sse":
      return response.body;
    case "streaming":
      return response.body;
    case "text":
      return await response.text();
  }
  const text = await response.text();
  if (text.length > 0) {
    try {
      let responseBody = fromJson(text);
      return responseBody;
    } catch (err) {
      return {
        ok: false,
        error: {
          reason: "non-json",
          statusCode: response.status,
          rawBody: text
        }
      };
    }
  }
  return void 0;
}
async function getErrorResponseBody(response) {
  var _a2, _b, _c;
  let contentType = (_a2 = response.headers.get("Content-Type")) == null ? void 0 : _a2.toLowerCase();
  if (contentType == null || contentType.length === 0) {
    return getResponseBody(response);
  }
  if (contentType.indexOf(";") !== -1) {
    contentType = (_c = (_b = contentType.split(";")[0]) == null ? void 0 : _b.trim()) != null ? _c : "";
  }
  switch (contentType) {
    case "application/hal+json":
    case "application/json":
    case "application/ld+json":
    case "application/problem+json":
    case "application/vnd.api+json":
    case "text/json":
      const text = await response.text();
      return text.length > 0 ? fromJson(text) : void 0;
    default:
      if (contentType.startsWith("application/vnd.") && contentType.endsWith("+json")) {
        const text2 = await response.text();
        return text2.length > 0 ? fromJson(text2) : void 0;
      }
      return await response.text();
  }
}
async function getFetchFn() {
  return fetch;
}
async function getRequestBody({
  body,
  type
}) {
  if (type.includes("json")) {
    return toJson(body);
  } else {
    return body;
  }
}
var TIMEOUT = "timeout";
function getTimeoutSignal(timeoutMs) {
  const controller = new AbortController();
  const abortId = setTimeout(() => controller.abort(TIMEOUT), timeoutMs);
  return { signal: controller.signal, abortId };
}
function anySignal(...args) {
  const signals = args.length === 1 && Array.isArray(args[0]) ? args[0] : args;
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal == null ? void 0 : signal.reason);
      break;
    }
    signal.addEventListener(
      "abort",
      () => controller.abort(signal == null ? void 0 : signal.reason),
      {
        signal: controller.signal
      }
    );
  }
  return controller.signal;
}
var makeRequest = async (fetchFn, url, method, headers, requestBody, timeoutMs, abortSignal, withCredentials, duplex) => {
  const signals = [];
  let timeoutAbortId = void 0;
  if (timeoutMs != null) {
    const { signal, abortId } = getTimeoutSignal(timeoutMs);
    timeoutAbortId = abortId;
    signals.push(signal);
  }
  if (abortSignal != null) {
    signals.push(abortSignal);
  }
  let newSignals = anySignal(signals);
  const response = await fetchFn(url, {
    method,
    headers,
    body: requestBody,
    signal: newSignals,
    credentials: withCredentials ? "include" : void 0,
    // @ts-ignore
    duplex
  });
  if (timeoutAbortId != null) {
    clearTimeout(timeoutAbortId);
  }
  return response;
};
var Headers;
if (typeof globalThis.Headers !== "undefined") {
  Headers = globalThis.Headers;
} else {
  Headers = class Headers2 {
    constructor(init) {
      this.headers = /* @__PURE__ */ new Map();
      if (init) {
        if (init instanceof Headers2) {
          init.forEach((value, key) => this.append(key, value));
        } else if (Array.isArray(init)) {
          for (const [key, value] of init) {
            if (typeof key === "string" && typeof value === "string") {
              this.append(key, value);
            } else {
              throw new TypeError(
                "Each header entry must be a [string, string] tuple"
              );
            }
          }
        } else {
          for (const [key, value] of Object.entries(init)) {
            if (typeof value === "string") {
              this.append(key, value);
            } else {
              throw new TypeError("Header values must be strings");
            }
          }
        }
      }
    }
    append(name, value) {
      const key = name.toLowerCase();
      const existing = this.headers.get(key) || [];
      this.headers.set(key, [...existing, value]);
    }
    delete(name) {
      const key = name.toLowerCase();
      this.headers.delete(key);
    }
    get(name) {
      const key = name.toLowerCase();
      const values = this.headers.get(key);
      return values ? values.join(", ") : null;
    }
    has(name) {
      const key = name.toLowerCase();
      return this.headers.has(key);
    }
    set(name, value) {
      const key = name.toLowerCase();
      this.headers.set(key, [value]);
    }
    forEach(callbackfn, thisArg) {
      const boundCallback = thisArg ? callbackfn.bind(thisArg) : callbackfn;
      this.headers.forEach(
        (values, key) => boundCallback(values.join(", "), key, this)
      );
    }
    getSetCookie() {
      return this.headers.get("set-cookie") || [];
    }
    *entries() {
      for (const [key, values] of this.headers.entries()) {
        yield [key, values.join(", ")];
      }
    }
    *keys() {
      yield* this.headers.keys();
    }
    *values() {
      for (const values of this.headers.values()) {
        yield values.join(", ");
      }
    }
    [Symbol.iterator]() {
      return this.entries();
    }
  };
}
var abortRawResponse = {
  headers: new Headers(),
  redirected: false,
  status: 499,
  statusText: "Client Closed Request",
  type: "error",
  url: ""
};
var unknownRawResponse = {
  headers: new Headers(),
  redirected: false,
  status: 0,
  statusText: "Unknown Error",
  type: "error",
  url: ""
};
function toRawResponse(response) {
  return {
    headers: response.headers,
    redirected: response.redirected,
    status: response.status,
    statusText: response.statusText,
    type: response.type,
    url: response.url
  };
}
var INITIAL_RETRY_DELAY = 1e3;
var MAX_RETRY_DELAY = 6e4;
var DEFAULT_MAX_RETRIES = 2;
var JITTER_FACTOR = 0.2;
function addPositiveJitter(delay) {
  const jitterMultiplier = 1 + Math.random() * JITTER_FACTOR;
  return delay * jitterMultiplier;
}
function addSymmetricJitter(delay) {
  const jitterMultiplier = 1 + (Math.random() - 0.5) * JITTER_FACTOR;
  return delay * jitterMultiplier;
}
function getRetryDelayFromHeaders(response, retryAttempt) {
  const retryAfter = response.headers.get("Retry-After");
  if (retryAfter) {
    const retryAfterSeconds = parseInt(retryAfter, 10);
    if (!isNaN(retryAfterSeconds) && retryAfterSeconds > 0) {
      return Math.min(retryAfterSeconds * 1e3, MAX_RETRY_DELAY);
    }
    const retryAfterDate = new Date(retryAfter);
    if (!isNaN(retryAfterDate.getTime())) {
      const delay = retryAfterDate.getTime() - Date.now();
      if (delay > 0) {
        return Math.min(Math.max(delay, 0), MAX_RETRY_DELAY);
      }
    }
  }
  const rateLimitReset = response.headers.get("X-RateLimit-Reset");
  if (rateLimitReset) {
    const resetTime = parseInt(rateLimitReset, 10);
    if (!isNaN(resetTime)) {
      const delay = resetTime * 1e3 - Date.now();
      if (delay > 0) {
        return addPositiveJitter(Math.min(delay, MAX_RETRY_DELAY));
      }
    }
  }
  return addSymmetricJitter(
    Math.min(INITIAL_RETRY_DELAY * Math.pow(2, retryAttempt), MAX_RETRY_DELAY)
  );
}
async function requestWithRetries(requestFn, maxRetries = DEFAULT_MAX_RETRIES) {
  let response = await requestFn();
  for (let i = 0; i < maxRetries; ++i) {
    if ([408, 429].includes(response.status) || response.status >= 500) {
      const delay = getRetryDelayFromHeaders(response, i);
      await new Promise((resolve) => setTimeout(resolve, delay));
      response = await requestFn();
    } else {
      break;
    }
  }
  return response;
}
var Supplier = {
  get: async (supplier) => {
    if (typeof supplier === "function") {
      return supplier();
    } else {
      return supplier;
    }
  }
};
async function getHeaders(args) {
  const newHeaders = {};
  if (args.body !== void 0 && args.contentType != null) {
    newHeaders["Content-Type"] = args.contentType;
  }
  if (args.headers == null) {
    return newHeaders;
  }
  for (const [key, value] of Object.entries(args.headers)) {
    const result = await Supplier.get(value);
    if (typeof result === "string") {
      newHeaders[key] = result;
      continue;
    }
    if (result == null) {
      continue;
    }
    newHeaders[key] = `${result}`;
  }
  return newHeaders;
}
async function fetcherImpl(args) {
  const url = createRequestUrl(args.url, args.queryParameters);
  const requestBody = await getRequestBody({
    body: args.body,
    type: args.requestType === "json" ? "json" : "other"
  });
  const fetchFn = await getFetchFn();
  try {
    const response = await requestWithRetries(
      async () => makeRequest(
        fetchFn,
        url,
        args.method,
        await getHeaders(args),
        requestBody,
        args.timeoutMs,
        args.abortSignal,
        args.withCredentials,
        args.duplex
      ),
      args.maxRetries
    );
    if (response.status >= 200 && response.status < 400) {
      return {
        ok: true,
        body: await getResponseBody(response, args.responseType),
        headers: response.headers,
        rawResponse: toRawResponse(response)
      };
    } else {
      return {
        ok: false,
        error: {
          reason: "status-code",
          statusCode: response.status,
          body: await getErrorResponseBody(response)
        },
        rawResponse: toRawResponse(response)
      };
    }
  } catch (error) {
    if (args.abortSignal != null && args.abortSignal.aborted) {
      return {
        ok: false,
        error: {
          reason: "unknown",
          errorMessage: "The user aborted a request"
        },
        rawResponse: abortRawResponse
      };
    } else if (error instanceof Error && error.name === "AbortError") {
      return {
        ok: false,
        error: {
          reason: "timeout"
        },
        rawResponse: abortRawResponse
      };
    } else if (error instanceof Error) {
      return {
        ok: false,
        error: {
          reason: "unknown",
          errorMessage: error.message
        },
        rawResponse: unknownRawResponse
      };
    }
    return {
      ok: false,
      error: {
        reason: "unknown",
        errorMessage: toJson(error)
      },
      rawResponse: unknownRawResponse
    };
  }
}
var fetcher = fetcherImpl;
var HttpResponsePromise = class _HttpResponsePromise extends Promise {
  constructor(promise) {
    super((resolve) => {
      resolve(void 0);
    });
    this.innerPromise = promise;
  }
  /**
   * Creates an `HttpResponsePromise` from a function that returns a promise.
   *
   * @param fn - A function that returns a promise resolving to a `WithRawResponse` object.
   * @param args - Arguments to pass to the function.
   * @returns An `HttpResponsePromise` instance.
   */
  static fromFunction(fn, ...args) {
    return new _HttpResponsePromise(fn(...args));
  }
  /**
   * Creates a function that returns an `HttpResponsePromise` from a function that returns a promise.
   *
   * @param fn - A function that returns a promise resolving to a `WithRawResponse` object.
   * @returns A function that returns an `HttpResponsePromise` instance.
   */
  static interceptFunction(fn) {
    return (...args) => {
      return _HttpResponsePromise.fromPromise(fn(...args));
    };
  }
  /**
   * Creates an `HttpResponsePromise` from an existing promise.
   *
   * @param promise - A promise resolving to a `WithRawResponse` object.
   * @returns An `HttpResponsePromise` instance.
   */
  static fromPromise(promise) {
    return new _HttpResponsePromise(promise);
  }
  /**
   * Creates an `HttpResponsePromise` from an executor function.
   *
   * @param executor - A function that takes resolve and reject callbacks to create a promise.
   * @returns An `HttpResponsePromise` instance.
   */
  static fromExecutor(executor) {
    const promise = new Promise(executor);
    return new _HttpResponsePromise(promise);
  }
  /**
   * Creates an `HttpResponsePromise` from a resolved result.
   *
   * @param result - A `WithRawResponse` object to resolve immediately.
   * @returns An `HttpResponsePromise` instance.
   */
  static fromResult(result) {
    const promise = Promise.resolve(result);
    return new _HttpResponsePromise(promise);
  }
  unwrap() {
    if (!this.unwrappedPromise) {
      this.unwrappedPromise = this.innerPromise.then(({ data }) => data);
    }
    return this.unwrappedPromise;
  }
  /** @inheritdoc */
  then(onfulfilled, onrejected) {
    return this.unwrap().then(onfulfilled, onrejected);
  }
  /** @inheritdoc */
  catch(onrejected) {
    return this.unwrap().catch(onrejected);
  }
  /** @inheritdoc */
  finally(onfinally) {
    return this.unwrap().finally(onfinally);
  }
  /**
   * Retrieves the data and raw response.
   *
   * @returns A promise resolving to a `WithRawResponse` object.
   */
  async withRawResponse() {
    return await this.innerPromise;
  }
};
var url_exports = {};
__export(url_exports, {
  join: () => join,
  toQueryString: () => toQueryString
});
function join(base, ...segments) {
  if (!base) {
    return "";
  }
  if (segments.length === 0) {
    return base;
  }
  if (base.includes("://")) {
    let url;
    try {
      url = new URL(base);
    } catch {
      return joinPath(base, ...segments);
    }
    const lastSegment = segments[segments.length - 1];
    const shouldPreserveTrailingSlash = lastSegment && lastSegment.endsWith("/");
    for (const segment of segments) {
      const cleanSegment = trimSlashes(segment);
      if (cleanSegment) {
        url.pathname = joinPathSegments(url.pathname, cleanSegment);
      }
    }
    if (shouldPreserveTrailingSlash && !url.pathname.endsWith("/")) {
      url.pathname += "/";
    }
    return url.toString();
  }
  return joinPath(base, ...segments);
}
function joinPath(base, ...segments) {
  if (segments.length === 0) {
    return base;
  }
  let result = base;
  const lastSegment = segments[segments.length - 1];
  const shouldPreserveTrailingSlash = lastSegment && lastSegment.endsWith("/");
  for (const segment of segments) {
    const cleanSegment = trimSlashes(segment);
    if (cleanSegment) {
      result = joinPathSegments(result, cleanSegment);
    }
  }
  if (shouldPreserveTrailingSlash && !result.endsWith("/")) {
    result += "/";
  }
  return result;
}
function joinPathSegments(left, right) {
  if (left.endsWith("/")) {
    return left + right;
  }
  return left + "/" + right;
}
function trimSlashes(str) {
  if (!str) return str;
  let start = 0;
  let end = str.length;
  if (str.startsWith("/")) start = 1;
  if (str.endsWith("/")) end = str.length - 1;
  return start === 0 && end === str.length ? str : str.slice(start, end);
}
function base64ToBytes2(base64) {
  const binString = atob(base64);
  return Uint8Array.from(binString, (m) => m.codePointAt(0));
}
function bytesToBase642(bytes) {
  const binString = String.fromCodePoint(...bytes);
  return btoa(binString);
}
function base64Encode2(input) {
  if (typeof Buffer !== "undefined") {
    return Buffer.from(input, "utf8").toString("base64");
  }
  const bytes = new TextEncoder().encode(input);
  return bytesToBase642(bytes);
}
function base64Decode2(input) {
  if (typeof Buffer !== "undefined") {
    return Buffer.from(input, "base64").toString("utf8");
  }
  const bytes = base64ToBytes2(input);
  return new TextDecoder().decode(bytes);
}
var BASIC_AUTH_HEADER_PREFIX = /^Basic /i;
var BasicAuth = {
  toAuthorizationHeader: (basicAuth) => {
    if (basicAuth == null) {
      return void 0;
    }
    const token = base64Encode2(`${basicAuth.username}:${basicAuth.password}`);
    return `Basic ${token}`;
  },
  fromAuthorizationHeader: (header) => {
    const credentials = header.replace(BASIC_AUTH_HEADER_PREFIX, "");
    const decoded = base64Decode2(credentials);
    const [username, password] = decoded.split(":", 2);
    if (username == null || password == null) {
      throw new Error("Invalid basic auth");
    }
    return {
      username,
      password
    };
  }
};
var AnnotationQueues = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Get all annotation queues
   *
   * @param {LangfuseAPI.GetAnnotationQueuesRequest} request
   * @param {AnnotationQueues.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.annotationQueues.listQueues()
   */
  listQueues(request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__listQueues(request, requestOptions)
    );
  }
  async __listQueues(request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const { page, limit } = request;
    const _queryParams = {};
    if (page != null) {
      _queryParams["page"] = page.toString();
    }
    if (limit != null) {
      _queryParams["limit"] = limit.toString();
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/annotation-queues"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/annotation-queues."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Create an annotation queue
   *
   * @param {LangfuseAPI.CreateAnnotationQueueRequest} request
   * @param {AnnotationQueues.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.annotationQueues.createQueue({
   *         name: "name",
   *         description: undefined,
   *         scoreConfigIds: ["scoreConfigIds", "scoreConfigIds"]
   *     })
   */
  createQueue(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__createQueue(request, requestOptions)
    );
  }
  async __createQueue(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/annotation-queues"
      ),
      method: "POST",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling POST /api/public/annotation-queues."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get an annotation queue by ID
   *
   * @param {string} queueId - The unique identifier of the annotation queue
   * @param {AnnotationQueues.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.annotationQueues.getQueue("queueId")
   */
  getQueue(queueId, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__getQueue(queueId, requestOptions)
    );
  }
  async __getQueue(queueId, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/annotation-queues/${encodeURIComponent(queueId)}`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/annotation-queues/{queueId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get items for a specific annotation queue
   *
   * @param {string} queueId - The unique identifier of the annotation queue
   * @param {LangfuseAPI.GetAnnotationQueueItemsRequest} request
   * @param {AnnotationQueues.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.annotationQueues.listQueueItems("queueId")
   */
  listQueueItems(queueId, request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__listQueueItems(queueId, request, requestOptions)
    );
  }
  async __listQueueItems(queueId, request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const { status, page, limit } = request;
    const _queryParams = {};
    if (status != null) {
      _queryParams["status"] = status;
    }
    if (page != null) {
      _queryParams["page"] = page.toString();
    }
    if (limit != null) {
      _queryParams["limit"] = limit.toString();
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/annotation-queues/${encodeURIComponent(queueId)}/items`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/annotation-queues/{queueId}/items."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get a specific item from an annotation queue
   *
   * @param {string} queueId - The unique identifier of the annotation queue
   * @param {string} itemId - The unique identifier of the annotation queue item
   * @param {AnnotationQueues.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.annotationQueues.getQueueItem("queueId", "itemId")
   */
  getQueueItem(queueId, itemId2, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__getQueueItem(queueId, itemId2, requestOptions)
    );
  }
  async __getQueueItem(queueId, itemId2, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/annotation-queues/${encodeURIComponent(queueId)}/items/${encodeURIComponent(itemId2)}`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/annotation-queues/{queueId}/items/{itemId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Add an item to an annotation queue
   *
   * @param {string} queueId - The unique identifier of the annotation queue
   * @param {LangfuseAPI.CreateAnnotationQueueItemRequest} request
   * @param {AnnotationQueues.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.annotationQueues.createQueueItem("queueId", {
   *         objectId: "objectId",
   *         objectType: "TRACE",
   *         status: undefined
   *     })
   */
  createQueueItem(queueId, request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__createQueueItem(queueId, request, requestOptions)
    );
  }
  async __createQueueItem(queueId, request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/annotation-queues/${encodeURIComponent(queueId)}/items`
      ),
      method: "POST",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling POST /api/public/annotation-queues/{queueId}/items."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Update an annotation queue item
   *
   * @param {string} queueId - The unique identifier of the annotation queue
   * @param {string} itemId - The unique identifier of the annotation queue item
   * @param {LangfuseAPI.UpdateAnnotationQueueItemRequest} request
   * @param {AnnotationQueues.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.annotationQueues.updateQueueItem("queueId", "itemId", {
   *         status: undefined
   *     })
   */
  updateQueueItem(queueId, itemId2, request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__updateQueueItem(queueId, itemId2, request, requestOptions)
    );
  }
  async __updateQueueItem(queueId, itemId2, request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/annotation-queues/${encodeURIComponent(queueId)}/items/${encodeURIComponent(itemId2)}`
      ),
      method: "PATCH",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling PATCH /api/public/annotation-queues/{queueId}/items/{itemId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Remove an item from an annotation queue
   *
   * @param {string} queueId - The unique identifier of the annotation queue
   * @param {string} itemId - The unique identifier of the annotation queue item
   * @param {AnnotationQueues.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.annotationQueues.deleteQueueItem("queueId", "itemId")
   */
  deleteQueueItem(queueId, itemId2, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__deleteQueueItem(queueId, itemId2, requestOptions)
    );
  }
  async __deleteQueueItem(queueId, itemId2, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/annotation-queues/${encodeURIComponent(queueId)}/items/${encodeURIComponent(itemId2)}`
      ),
      method: "DELETE",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling DELETE /api/public/annotation-queues/{queueId}/items/{itemId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Create an assignment for a user to an annotation queue
   *
   * @param {string} queueId - The unique identifier of the annotation queue
   * @param {LangfuseAPI.AnnotationQueueAssignmentRequest} request
   * @param {AnnotationQueues.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.annotationQueues.createQueueAssignment("queueId", {
   *         userId: "userId"
   *     })
   */
  createQueueAssignment(queueId, request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__createQueueAssignment(queueId, request, requestOptions)
    );
  }
  async __createQueueAssignment(queueId, request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/annotation-queues/${encodeURIComponent(queueId)}/assignments`
      ),
      method: "POST",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling POST /api/public/annotation-queues/{queueId}/assignments."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Delete an assignment for a user to an annotation queue
   *
   * @param {string} queueId - The unique identifier of the annotation queue
   * @param {LangfuseAPI.AnnotationQueueAssignmentRequest} request
   * @param {AnnotationQueues.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.annotationQueues.deleteQueueAssignment("queueId", {
   *         userId: "userId"
   *     })
   */
  deleteQueueAssignment(queueId, request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__deleteQueueAssignment(queueId, request, requestOptions)
    );
  }
  async __deleteQueueAssignment(queueId, request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/annotation-queues/${encodeURIComponent(queueId)}/assignments`
      ),
      method: "DELETE",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling DELETE /api/public/annotation-queues/{queueId}/assignments."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var BlobStorageIntegrations = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Get all blob storage integrations for the organization (requires organization-scoped API key)
   *
   * @param {BlobStorageIntegrations.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.blobStorageIntegrations.getBlobStorageIntegrations()
   */
  getBlobStorageIntegrations(requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__getBlobStorageIntegrations(requestOptions)
    );
  }
  async __getBlobStorageIntegrations(requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/integrations/blob-storage"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/integrations/blob-storage."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Create or update a blob storage integration for a specific project (requires organization-scoped API key). The configuration is validated by performing a test upload to the bucket.
   *
   * @param {LangfuseAPI.CreateBlobStorageIntegrationRequest} request
   * @param {BlobStorageIntegrations.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.blobStorageIntegrations.upsertBlobStorageIntegration({
   *         projectId: "projectId",
   *         type: "S3",
   *         bucketName: "bucketName",
   *         endpoint: undefined,
   *         region: "region",
   *         accessKeyId: undefined,
   *         secretAccessKey: undefined,
   *         prefix: undefined,
   *         exportFrequency: "every_20_minutes",
   *         enabled: true,
   *         forcePathStyle: true,
   *         fileType: "JSON",
   *         exportMode: "FULL_HISTORY",
   *         exportStartDate: undefined,
   *         compressed: undefined,
   *         exportSource: undefined,
   *         exportFieldGroups: undefined
   *     })
   */
  upsertBlobStorageIntegration(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__upsertBlobStorageIntegration(request, requestOptions)
    );
  }
  async __upsertBlobStorageIntegration(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/integrations/blob-storage"
      ),
      method: "PUT",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling PUT /api/public/integrations/blob-storage."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get the sync status of a blob storage integration by integration ID (requires organization-scoped API key)
   *
   * @param {string} id
   * @param {BlobStorageIntegrations.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.blobStorageIntegrations.getBlobStorageIntegrationStatus("id")
   */
  getBlobStorageIntegrationStatus(id, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__getBlobStorageIntegrationStatus(id, requestOptions)
    );
  }
  async __getBlobStorageIntegrationStatus(id, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/integrations/blob-storage/${encodeURIComponent(id)}`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/integrations/blob-storage/{id}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Delete a blob storage integration by ID (requires organization-scoped API key)
   *
   * @param {string} id
   * @param {BlobStorageIntegrations.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.blobStorageIntegrations.deleteBlobStorageIntegration("id")
   */
  deleteBlobStorageIntegration(id, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__deleteBlobStorageIntegration(id, requestOptions)
    );
  }
  async __deleteBlobStorageIntegration(id, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/integrations/blob-storage/${encodeURIComponent(id)}`
      ),
      method: "DELETE",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling DELETE /api/public/integrations/blob-storage/{id}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var Comments = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Create a comment. Comments may be attached to different object types (trace, observation, session, prompt).
   *
   * @param {LangfuseAPI.CreateCommentRequest} request
   * @param {Comments.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.comments.create({
   *         projectId: "projectId",
   *         objectType: "objectType",
   *         objectId: "objectId",
   *         content: "content",
   *         authorUserId: undefined
   *     })
   */
  create(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__create(request, requestOptions)
    );
  }
  async __create(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/comments"
      ),
      method: "POST",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling POST /api/public/comments."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get all comments
   *
   * @param {LangfuseAPI.GetCommentsRequest} request
   * @param {Comments.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.comments.get()
   */
  get(request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__get(request, requestOptions)
    );
  }
  async __get(request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const { page, limit, objectType, objectId, authorUserId } = request;
    const _queryParams = {};
    if (page != null) {
      _queryParams["page"] = page.toString();
    }
    if (limit != null) {
      _queryParams["limit"] = limit.toString();
    }
    if (objectType != null) {
      _queryParams["objectType"] = objectType;
    }
    if (objectId != null) {
      _queryParams["objectId"] = objectId;
    }
    if (authorUserId != null) {
      _queryParams["authorUserId"] = authorUserId;
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/comments"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/comments."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get a comment by id
   *
   * @param {string} commentId - The unique langfuse identifier of a comment
   * @param {Comments.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.comments.getById("commentId")
   */
  getById(commentId, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__getById(commentId, requestOptions)
    );
  }
  async __getById(commentId, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/comments/${encodeURIComponent(commentId)}`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/comments/{commentId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var DatasetItems = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Create a dataset item
   *
   * @param {LangfuseAPI.CreateDatasetItemRequest} request
   * @param {DatasetItems.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.datasetItems.create({
   *         datasetName: "datasetName",
   *         input: undefined,
   *         expectedOutput: undefined,
   *         metadata: undefined,
   *         sourceTraceId: undefined,
   *         sourceObservationId: undefined,
   *         id: undefined,
   *         status: undefined
   *     })
   */
  create(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__create(request, requestOptions)
    );
  }
  async __create(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/dataset-items"
      ),
      method: "POST",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling POST /api/public/dataset-items."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get a dataset item
   *
   * @param {string} id
   * @param {DatasetItems.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.datasetItems.get("id")
   */
  get(id, requestOptions) {
    return HttpResponsePromise.fromPromise(this.__get(id, requestOptions));
  }
  async __get(id, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/dataset-items/${encodeURIComponent(id)}`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/dataset-items/{id}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get dataset items. Optionally specify a version to get the items as they existed at that point in time.
   * Note: If version parameter is provided, datasetName must also be provided.
   *
   * @param {LangfuseAPI.GetDatasetItemsRequest} request
   * @param {DatasetItems.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.datasetItems.list()
   */
  list(request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__list(request, requestOptions)
    );
  }
  async __list(request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const {
      datasetName,
      sourceTraceId,
      sourceObservationId,
      version,
      page,
      limit
    } = request;
    const _queryParams = {};
    if (datasetName != null) {
      _queryParams["datasetName"] = datasetName;
    }
    if (sourceTraceId != null) {
      _queryParams["sourceTraceId"] = sourceTraceId;
    }
    if (sourceObservationId != null) {
      _queryParams["sourceObservationId"] = sourceObservationId;
    }
    if (version != null) {
      _queryParams["version"] = version;
    }
    if (page != null) {
      _queryParams["page"] = page.toString();
    }
    if (limit != null) {
      _queryParams["limit"] = limit.toString();
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/dataset-items"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/dataset-items."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Delete a dataset item and all its run items. This action is irreversible.
   *
   * @param {string} id
   * @param {DatasetItems.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.datasetItems.delete("id")
   */
  delete(id, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__delete(id, requestOptions)
    );
  }
  async __delete(id, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/dataset-items/${encodeURIComponent(id)}`
      ),
      method: "DELETE",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling DELETE /api/public/dataset-items/{id}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var DatasetRunItems = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Create a dataset run item
   *
   * @deprecated On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on November 16, 2026. In Langfuse v4, create experiment data via the SDK experiment runner or the OpenTelemetry endpoint at POST /api/public/otel/v1/traces. Self-hosted deployments are unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4.
   *
   * @param {LangfuseAPI.CreateDatasetRunItemRequest} request
   * @param {DatasetRunItems.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.datasetRunItems.create({
   *         runName: "runName",
   *         runDescription: undefined,
   *         metadata: undefined,
   *         datasetItemId: "datasetItemId",
   *         observationId: undefined,
   *         traceId: undefined,
   *         datasetVersion: undefined,
   *         createdAt: undefined
   *     })
   */
  create(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__create(request, requestOptions)
    );
  }
  async __create(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/dataset-run-items"
      ),
      method: "POST",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling POST /api/public/dataset-run-items."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * List dataset run items
   *
   * @deprecated On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on November 16, 2026. In Langfuse v4, dataset run items are replaced by experiment items; use `GET /api/public/experiment-items?fromStartTime=<from>&toStartTime=<to>` instead. Self-hosted deployments are unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4.
   *
   * @param {LangfuseAPI.ListDatasetRunItemsRequest} request
   * @param {DatasetRunItems.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.datasetRunItems.list({
   *         datasetId: "datasetId",
   *         runName: "runName"
   *     })
   */
  list(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__list(request, requestOptions)
    );
  }
  async __list(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const { datasetId, runName, page, limit } = request;
    const _queryParams = {};
    _queryParams["datasetId"] = datasetId;
    _queryParams["runName"] = runName;
    if (page != null) {
      _queryParams["page"] = page.toString();
    }
    if (limit != null) {
      _queryParams["limit"] = limit.toString();
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/dataset-run-items"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/dataset-run-items."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var Datasets = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Get all datasets
   *
   * @param {LangfuseAPI.GetDatasetsRequest} request
   * @param {Datasets.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.datasets.list()
   */
  list(request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__list(request, requestOptions)
    );
  }
  async __list(request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const { page, limit } = request;
    const _queryParams = {};
    if (page != null) {
      _queryParams["page"] = page.toString();
    }
    if (limit != null) {
      _queryParams["limit"] = limit.toString();
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/v2/datasets"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/v2/datasets."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get a dataset
   *
   * @param {string} datasetName
   * @param {Datasets.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.datasets.get("datasetName")
   */
  get(datasetName, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__get(datasetName, requestOptions)
    );
  }
  async __get(datasetName, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/v2/datasets/${encodeURIComponent(datasetName)}`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/v2/datasets/{datasetName}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Create a dataset
   *
   * @param {LangfuseAPI.CreateDatasetRequest} request
   * @param {Datasets.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.datasets.create({
   *         name: "name",
   *         description: undefined,
   *         metadata: undefined,
   *         inputSchema: undefined,
   *         expectedOutputSchema: undefined
   *     })
   */
  create(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__create(request, requestOptions)
    );
  }
  async __create(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/v2/datasets"
      ),
      method: "POST",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling POST /api/public/v2/datasets."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get a dataset run and its items
   *
   * @deprecated On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on November 16, 2026. In Langfuse v4, dataset runs are replaced by experiments; use GET /api/public/experiments instead. Self-hosted deployments are unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4.
   *
   * @param {string} datasetName
   * @param {string} runName
   * @param {Datasets.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.datasets.getRun("datasetName", "runName")
   */
  getRun(datasetName, runName, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__getRun(datasetName, runName, requestOptions)
    );
  }
  async __getRun(datasetName, runName, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/datasets/${encodeURIComponent(datasetName)}/runs/${encodeURIComponent(runName)}`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/datasets/{datasetName}/runs/{runName}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Delete a dataset run and all its run items. This action is irreversible.
   *
   * @deprecated On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on November 16, 2026. In Langfuse v4, dataset runs are replaced by experiments. Self-hosted deployments are unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4.
   *
   * @param {string} datasetName
   * @param {string} runName
   * @param {Datasets.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.datasets.deleteRun("datasetName", "runName")
   */
  deleteRun(datasetName, runName, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__deleteRun(datasetName, runName, requestOptions)
    );
  }
  async __deleteRun(datasetName, runName, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/datasets/${encodeURIComponent(datasetName)}/runs/${encodeURIComponent(runName)}`
      ),
      method: "DELETE",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling DELETE /api/public/datasets/{datasetName}/runs/{runName}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get dataset runs
   *
   * @deprecated On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on November 16, 2026. In Langfuse v4, dataset runs are replaced by experiments; use GET /api/public/experiments instead. Self-hosted deployments are unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4.
   *
   * @param {string} datasetName
   * @param {LangfuseAPI.GetDatasetRunsRequest} request
   * @param {Datasets.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.datasets.getRuns("datasetName")
   */
  getRuns(datasetName, request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__getRuns(datasetName, request, requestOptions)
    );
  }
  async __getRuns(datasetName, request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const { page, limit } = request;
    const _queryParams = {};
    if (page != null) {
      _queryParams["page"] = page.toString();
    }
    if (limit != null) {
      _queryParams["limit"] = limit.toString();
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/datasets/${encodeURIComponent(datasetName)}/runs`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/datasets/{datasetName}/runs."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var EvaluationRules = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Create an evaluation rule using stable evaluator identifiers.
   *
   * An evaluation rule defines **which** incoming observations should be evaluated and how prompt variables should be populated.
   *
   * Key behavior:
   * - rule names are not identifiers and do not need to be unique
   * - rules always use the latest version of each associated evaluator
   * - an enabled rule requires at least one evaluator assignment
   * - omit `sampling` to evaluate every matching observation
   * - omit `filter` to match every incoming observation
   * - `datasetId` is the public filter name for selecting experiment datasets
   *
   * @param {LangfuseAPI.CreateEvaluationRuleRequest} request
   * @param {EvaluationRules.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.BadRequestError}
   * @throws {@link LangfuseAPI.EvaluationUnauthorizedError}
   * @throws {@link LangfuseAPI.EvaluationAccessDeniedError}
   * @throws {@link LangfuseAPI.EvaluationNotFoundError}
   * @throws {@link LangfuseAPI.EvaluationMethodNotAllowedError}
   * @throws {@link LangfuseAPI.ConflictError}
   * @throws {@link LangfuseAPI.TooManyRequestsError}
   * @throws {@link LangfuseAPI.InternalServerError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.evaluationRules.create({
   *         name: "name",
   *         enabled: true,
   *         sampling: undefined,
   *         filter: undefined,
   *         evaluatorAssignments: [{
   *                 evaluatorId: "evaluatorId",
   *                 variableMapping: undefined
   *             }, {
   *                 evaluatorId: "evaluatorId",
   *                 variableMapping: undefined
   *             }]
   *     })
   */
  create(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__create(request, requestOptions)
    );
  }
  async __create(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/v2/evaluation-rules"
      ),
      method: "POST",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new BadRequestError(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new EvaluationUnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new EvaluationAccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new EvaluationNotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new EvaluationMethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 409:
          throw new ConflictError(
            _response.error.body,
            _response.rawResponse
          );
        case 429:
          throw new TooManyRequestsError(
            _response.error.body,
            _response.rawResponse
          );
        case 500:
          throw new InternalServerError(
            _response.error.body,
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling POST /api/public/v2/evaluation-rules."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * List evaluation rules in newest-first creation order.
   *
   * This includes legacy trace and dataset rules so they can be inspected and migrated. Treat the cursor as opaque and return it unchanged.
   *
   * @param {LangfuseAPI.ListEvaluationRulesRequest} request
   * @param {EvaluationRules.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.BadRequestError}
   * @throws {@link LangfuseAPI.EvaluationUnauthorizedError}
   * @throws {@link LangfuseAPI.EvaluationAccessDeniedError}
   * @throws {@link LangfuseAPI.EvaluationMethodNotAllowedError}
   * @throws {@link LangfuseAPI.TooManyRequestsError}
   * @throws {@link LangfuseAPI.InternalServerError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.evaluationRules.list()
   */
  list(request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__list(request, requestOptions)
    );
  }
  async __list(request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const { limit, cursor } = request;
    const _queryParams = {};
    if (limit != null) {
      _queryParams["limit"] = limit.toString();
    }
    if (cursor != null) {
      _queryParams["cursor"] = cursor;
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/v2/evaluation-rules"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new BadRequestError(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new EvaluationUnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new EvaluationAccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new EvaluationMethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 429:
          throw new TooManyRequestsError(
            _response.error.body,
            _response.rawResponse
          );
        case 500:
          throw new InternalServerError(
            _response.error.body,
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/v2/evaluation-rules."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get one evaluation rule, including a legacy trace or dataset rule, by its stable identifier.
   *
   * @param {string} evaluationRuleId - Stable evaluation-rule identifier returned by the evaluation-rule endpoints.
   * @param {EvaluationRules.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.EvaluationUnauthorizedError}
   * @throws {@link LangfuseAPI.EvaluationAccessDeniedError}
   * @throws {@link LangfuseAPI.EvaluationNotFoundError}
   * @throws {@link LangfuseAPI.EvaluationMethodNotAllowedError}
   * @throws {@link LangfuseAPI.TooManyRequestsError}
   * @throws {@link LangfuseAPI.InternalServerError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.evaluationRules.get("evaluationRuleId")
   */
  get(evaluationRuleId, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__get(evaluationRuleId, requestOptions)
    );
  }
  async __get(evaluationRuleId, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/v2/evaluation-rules/${encodeURIComponent(evaluationRuleId)}`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 401:
          throw new EvaluationUnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new EvaluationAccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new EvaluationNotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new EvaluationMethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 429:
          throw new TooManyRequestsError(
            _response.error.body,
            _response.rawResponse
          );
        case 500:
          throw new InternalServerError(
            _response.error.body,
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/v2/evaluation-rules/{evaluationRuleId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Update an evaluation rule by its stable identifier.
   *
   * Provide only the fields to change. Providing `evaluatorAssignments` replaces the complete assignment list. Replacing the list with an empty array disables the rule. Setting `enabled=true` is rejected when the resulting assignment list is empty, including when both fields are sent in the same request.
   *
   * Legacy trace and dataset rules follow the existing lifecycle restrictions: they can be deactivated with `enabled=false`, but their name, filters, sampling, and evaluator assignments cannot be changed.
   *
   * @param {string} evaluationRuleId - Stable evaluation-rule identifier returned by the evaluation-rule endpoints.
   * @param {LangfuseAPI.UpdateEvaluationRuleRequest} request
   * @param {EvaluationRules.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.BadRequestError}
   * @throws {@link LangfuseAPI.EvaluationUnauthorizedError}
   * @throws {@link LangfuseAPI.EvaluationAccessDeniedError}
   * @throws {@link LangfuseAPI.EvaluationNotFoundError}
   * @throws {@link LangfuseAPI.EvaluationMethodNotAllowedError}
   * @throws {@link LangfuseAPI.ConflictError}
   * @throws {@link LangfuseAPI.TooManyRequestsError}
   * @throws {@link LangfuseAPI.InternalServerError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.evaluationRules.update("evaluationRuleId", {
   *         name: undefined,
   *         enabled: undefined,
   *         sampling: undefined,
   *         filter: undefined,
   *         evaluatorAssignments: undefined
   *     })
   */
  update(evaluationRuleId, request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__update(evaluationRuleId, request, requestOptions)
    );
  }
  async __update(evaluationRuleId, request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/v2/evaluation-rules/${encodeURIComponent(evaluationRuleId)}`
      ),
      method: "PATCH",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new BadRequestError(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new EvaluationUnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new EvaluationAccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new EvaluationNotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new EvaluationMethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 409:
          throw new ConflictError(
            _response.error.body,
            _response.rawResponse
          );
        case 429:
          throw new TooManyRequestsError(
            _response.error.body,
            _response.rawResponse
          );
        case 500:
          throw new InternalServerError(
            _response.error.body,
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling PATCH /api/public/v2/evaluation-rules/{evaluationRuleId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Delete an evaluation rule.
   *
   * This removes the live-ingestion rule only. It does not delete associated evaluators or scores already produced by them.
   *
   * Legacy trace and dataset rules can also be deleted. Their evaluators and previously produced scores are preserved.
   *
   * @param {string} evaluationRuleId - Stable evaluation-rule identifier returned by the evaluation-rule endpoints.
   * @param {EvaluationRules.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.EvaluationUnauthorizedError}
   * @throws {@link LangfuseAPI.EvaluationAccessDeniedError}
   * @throws {@link LangfuseAPI.EvaluationNotFoundError}
   * @throws {@link LangfuseAPI.EvaluationMethodNotAllowedError}
   * @throws {@link LangfuseAPI.TooManyRequestsError}
   * @throws {@link LangfuseAPI.InternalServerError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.evaluationRules.delete("evaluationRuleId")
   */
  delete(evaluationRuleId, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__delete(evaluationRuleId, requestOptions)
    );
  }
  async __delete(evaluationRuleId, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/v2/evaluation-rules/${encodeURIComponent(evaluationRuleId)}`
      ),
      method: "DELETE",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 401:
          throw new EvaluationUnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new EvaluationAccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new EvaluationNotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new EvaluationMethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 429:
          throw new TooManyRequestsError(
            _response.error.body,
            _response.rawResponse
          );
        case 500:
          throw new InternalServerError(
            _response.error.body,
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling DELETE /api/public/v2/evaluation-rules/{evaluationRuleId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var Evaluators = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Create an evaluator in the authenticated project.
   *
   * An evaluator defines **how** Langfuse should score data. LLM-as-a-judge evaluators define a prompt, expected structured output, and optional model configuration. Code evaluators define source code and a runtime language.
   *
   * This always creates a new evaluator with version `1`. Names are not identifiers and do not need to be unique.
   *
   * @param {LangfuseAPI.CreateEvaluatorRequest} request
   * @param {Evaluators.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.BadRequestError}
   * @throws {@link LangfuseAPI.EvaluationUnauthorizedError}
   * @throws {@link LangfuseAPI.EvaluationAccessDeniedError}
   * @throws {@link LangfuseAPI.EvaluationMethodNotAllowedError}
   * @throws {@link LangfuseAPI.PreconditionFailedError}
   * @throws {@link LangfuseAPI.TooManyRequestsError}
   * @throws {@link LangfuseAPI.InternalServerError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.evaluators.create({
   *         type: "llm_as_judge",
   *         name: "name",
   *         description: undefined,
   *         type: "llm_as_judge",
   *         prompt: "prompt",
   *         modelConfig: undefined,
   *         variableMapping: undefined,
   *         outputDefinition: {
   *             dataType: "NUMERIC",
   *             dataType: "NUMERIC",
   *             minValue: undefined,
   *             maxValue: undefined,
   *             scoreReasoningInstructions: undefined,
   *             scoreValueInstructions: undefined
   *         }
   *     })
   */
  create(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__create(request, requestOptions)
    );
  }
  async __create(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/v2/evaluators"
      ),
      method: "POST",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new BadRequestError(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new EvaluationUnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new EvaluationAccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new EvaluationMethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 412:
          throw new PreconditionFailedError(
            _response.error.body,
            _response.rawResponse
          );
        case 429:
          throw new TooManyRequestsError(
            _response.error.body,
            _response.rawResponse
          );
        case 500:
          throw new InternalServerError(
            _response.error.body,
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling POST /api/public/v2/evaluators."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * List evaluators in newest-first creation order.
   *
   * Every evaluator includes its latest definition and version metadata flattened into the evaluator object, plus associated evaluation rules. Treat the cursor as opaque and return it unchanged.
   *
   * @param {LangfuseAPI.ListEvaluatorsRequest} request
   * @param {Evaluators.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.BadRequestError}
   * @throws {@link LangfuseAPI.EvaluationUnauthorizedError}
   * @throws {@link LangfuseAPI.EvaluationAccessDeniedError}
   * @throws {@link LangfuseAPI.EvaluationMethodNotAllowedError}
   * @throws {@link LangfuseAPI.TooManyRequestsError}
   * @throws {@link LangfuseAPI.InternalServerError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.evaluators.list()
   */
  list(request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__list(request, requestOptions)
    );
  }
  async __list(request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const { limit, cursor } = request;
    const _queryParams = {};
    if (limit != null) {
      _queryParams["limit"] = limit.toString();
    }
    if (cursor != null) {
      _queryParams["cursor"] = cursor;
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/v2/evaluators"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new BadRequestError(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new EvaluationUnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new EvaluationAccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new EvaluationMethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 429:
          throw new TooManyRequestsError(
            _response.error.body,
            _response.rawResponse
          );
        case 500:
          throw new InternalServerError(
            _response.error.body,
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/v2/evaluators."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get one evaluator by its stable identifier.
   *
   * The response includes the evaluator's latest definition and version metadata flattened into the evaluator object, plus associated evaluation rules. Use the version-history endpoint when older definitions are needed.
   *
   * @param {string} evaluatorId - Stable evaluator identifier returned by the evaluator endpoints.
   * @param {Evaluators.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.EvaluationUnauthorizedError}
   * @throws {@link LangfuseAPI.EvaluationAccessDeniedError}
   * @throws {@link LangfuseAPI.EvaluationNotFoundError}
   * @throws {@link LangfuseAPI.EvaluationMethodNotAllowedError}
   * @throws {@link LangfuseAPI.TooManyRequestsError}
   * @throws {@link LangfuseAPI.InternalServerError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.evaluators.get("evaluatorId")
   */
  get(evaluatorId, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__get(evaluatorId, requestOptions)
    );
  }
  async __get(evaluatorId, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/v2/evaluators/${encodeURIComponent(evaluatorId)}`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 401:
          throw new EvaluationUnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new EvaluationAccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new EvaluationNotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new EvaluationMethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 429:
          throw new TooManyRequestsError(
            _response.error.body,
            _response.rawResponse
          );
        case 500:
          throw new InternalServerError(
            _response.error.body,
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/v2/evaluators/{evaluatorId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Update an evaluator by its stable identifier.
   *
   * Provide only the top-level fields to change. Metadata-only changes do not create a version. Evaluator type cannot change.
   *
   * Definition fields are flattened into the request. To replace a definition, include `type` and every definition field for that type. Definition fields are replaced as a complete unit rather than merged. For LLM-as-a-judge evaluators, omitting or setting `modelConfig` to `null` selects the project's default evaluation model.
   *
   * Replacing a definition automatically returns an evaluator paused by an invalid or missing model configuration to `active`, while preserving its id and evaluation-rule assignments. Pauses caused by provider authentication, billing, connectivity, account state, or an unknown legacy reason remain paused until the explicit reactivation check succeeds.
   *
   * @param {string} evaluatorId - Stable evaluator identifier returned by the evaluator endpoints.
   * @param {LangfuseAPI.UpdateEvaluatorRequest} request
   * @param {Evaluators.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.BadRequestError}
   * @throws {@link LangfuseAPI.EvaluationUnauthorizedError}
   * @throws {@link LangfuseAPI.EvaluationAccessDeniedError}
   * @throws {@link LangfuseAPI.EvaluationNotFoundError}
   * @throws {@link LangfuseAPI.EvaluationMethodNotAllowedError}
   * @throws {@link LangfuseAPI.ConflictError}
   * @throws {@link LangfuseAPI.PreconditionFailedError}
   * @throws {@link LangfuseAPI.TooManyRequestsError}
   * @throws {@link LangfuseAPI.InternalServerError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.evaluators.update("evaluatorId", {
   *         name: undefined,
   *         description: undefined
   *     })
   */
  update(evaluatorId, request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__update(evaluatorId, request, requestOptions)
    );
  }
  async __update(evaluatorId, request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/v2/evaluators/${encodeURIComponent(evaluatorId)}`
      ),
      method: "PATCH",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new BadRequestError(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new EvaluationUnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new EvaluationAccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new EvaluationNotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new EvaluationMethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 409:
          throw new ConflictError(
            _response.error.body,
            _response.rawResponse
          );
        case 412:
          throw new PreconditionFailedError(
            _response.error.body,
            _response.rawResponse
          );
        case 429:
          throw new TooManyRequestsError(
            _response.error.body,
            _response.rawResponse
          );
        case 500:
          throw new InternalServerError(
            _response.error.body,
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling PATCH /api/public/v2/evaluators/{evaluatorId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Delete an evaluator and all of its stored versions.
   *
   * Associated evaluation-rule assignments are also removed. Scores already produced by the evaluator are preserved.
   *
   * @param {string} evaluatorId - Stable evaluator identifier returned by the evaluator endpoints.
   * @param {Evaluators.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.EvaluationUnauthorizedError}
   * @throws {@link LangfuseAPI.EvaluationAccessDeniedError}
   * @throws {@link LangfuseAPI.EvaluationNotFoundError}
   * @throws {@link LangfuseAPI.EvaluationMethodNotAllowedError}
   * @throws {@link LangfuseAPI.TooManyRequestsError}
   * @throws {@link LangfuseAPI.InternalServerError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.evaluators.delete("evaluatorId")
   */
  delete(evaluatorId, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__delete(evaluatorId, requestOptions)
    );
  }
  async __delete(evaluatorId, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/v2/evaluators/${encodeURIComponent(evaluatorId)}`
      ),
      method: "DELETE",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 401:
          throw new EvaluationUnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new EvaluationAccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new EvaluationNotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new EvaluationMethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 429:
          throw new TooManyRequestsError(
            _response.error.body,
            _response.rawResponse
          );
        case 500:
          throw new InternalServerError(
            _response.error.body,
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling DELETE /api/public/v2/evaluators/{evaluatorId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * List an evaluator's version history in newest-first order.
   *
   * This endpoint is intended for history and audit use cases. Ordinary clients can use the flattened `version` and definition fields on the evaluator response.
   *
   * @param {string} evaluatorId - Stable evaluator identifier returned by the evaluator endpoints.
   * @param {LangfuseAPI.ListEvaluatorVersionsRequest} request
   * @param {Evaluators.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.BadRequestError}
   * @throws {@link LangfuseAPI.EvaluationUnauthorizedError}
   * @throws {@link LangfuseAPI.EvaluationAccessDeniedError}
   * @throws {@link LangfuseAPI.EvaluationNotFoundError}
   * @throws {@link LangfuseAPI.EvaluationMethodNotAllowedError}
   * @throws {@link LangfuseAPI.TooManyRequestsError}
   * @throws {@link LangfuseAPI.InternalServerError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.evaluators.listVersions("evaluatorId")
   */
  listVersions(evaluatorId, request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__listVersions(evaluatorId, request, requestOptions)
    );
  }
  async __listVersions(evaluatorId, request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const { limit, cursor } = request;
    const _queryParams = {};
    if (limit != null) {
      _queryParams["limit"] = limit.toString();
    }
    if (cursor != null) {
      _queryParams["cursor"] = cursor;
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/v2/evaluators/${encodeURIComponent(evaluatorId)}/versions`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new BadRequestError(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new EvaluationUnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new EvaluationAccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new EvaluationNotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new EvaluationMethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 429:
          throw new TooManyRequestsError(
            _response.error.body,
            _response.rawResponse
          );
        case 500:
          throw new InternalServerError(
            _response.error.body,
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/v2/evaluators/{evaluatorId}/versions."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var Experiments = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * List experiments with cursor-based pagination. Results are ordered by
   * latest experiment activity descending.
   *
   * @param {LangfuseAPI.ListExperimentsRequest} request
   * @param {Experiments.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.experiments.list({
   *         fromStartTime: "2024-01-15T09:30:00Z"
   *     })
   */
  list(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__list(request, requestOptions)
    );
  }
  async __list(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const {
      fields,
      limit,
      scoreLimit,
      cursor,
      fromStartTime,
      toStartTime,
      id,
      name,
      datasetId,
      filter
    } = request;
    const _queryParams = {};
    if (fields != null) {
      _queryParams["fields"] = fields;
    }
    if (limit != null) {
      _queryParams["limit"] = limit.toString();
    }
    if (scoreLimit != null) {
      _queryParams["scoreLimit"] = scoreLimit.toString();
    }
    if (cursor != null) {
      _queryParams["cursor"] = cursor;
    }
    _queryParams["fromStartTime"] = fromStartTime;
    if (toStartTime != null) {
      _queryParams["toStartTime"] = toStartTime;
    }
    if (id != null) {
      _queryParams["id"] = id;
    }
    if (name != null) {
      _queryParams["name"] = name;
    }
    if (datasetId != null) {
      _queryParams["datasetId"] = datasetId;
    }
    if (filter != null) {
      _queryParams["filter"] = filter;
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/experiments"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/experiments."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * List experiment items with cursor-based pagination. Use this endpoint
   * to export experiment item inputs, outputs, expected outputs, metadata,
   * and optionally item/trace scores. Results are ordered by time
   * descending.
   *
   * @param {LangfuseAPI.ListExperimentItemsRequest} request
   * @param {Experiments.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.experiments.listItems({
   *         fromStartTime: "2024-01-15T09:30:00Z"
   *     })
   */
  listItems(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__listItems(request, requestOptions)
    );
  }
  async __listItems(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const {
      fields,
      limit,
      scoreLimit,
      cursor,
      fromStartTime,
      toStartTime,
      experimentId,
      experimentName,
      experimentItemId,
      datasetId,
      filter
    } = request;
    const _queryParams = {};
    if (fields != null) {
      _queryParams["fields"] = fields;
    }
    if (limit != null) {
      _queryParams["limit"] = limit.toString();
    }
    if (scoreLimit != null) {
      _queryParams["scoreLimit"] = scoreLimit.toString();
    }
    if (cursor != null) {
      _queryParams["cursor"] = cursor;
    }
    _queryParams["fromStartTime"] = fromStartTime;
    if (toStartTime != null) {
      _queryParams["toStartTime"] = toStartTime;
    }
    if (experimentId != null) {
      _queryParams["experimentId"] = experimentId;
    }
    if (experimentName != null) {
      _queryParams["experimentName"] = experimentName;
    }
    if (experimentItemId != null) {
      _queryParams["experimentItemId"] = experimentItemId;
    }
    if (datasetId != null) {
      _queryParams["datasetId"] = datasetId;
    }
    if (filter != null) {
      _queryParams["filter"] = filter;
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/experiment-items"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/experiment-items."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var Feedback = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Submit explicit user-approved feedback about Langfuse skills, MCP tools, CLI, docs, or public API. Do not include secrets, credentials, customer data, trace payloads, or unrelated use-case details.
   *
   * Not available in the HIPAA cloud region.
   *
   * @param {LangfuseAPI.SubmitFeedbackRequest} request
   * @param {Feedback.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.FeedbackNotConfiguredError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.feedback.submit({
   *         targetType: "skill",
   *         target: "target",
   *         feedback: "feedback",
   *         goal: undefined,
   *         referenceUrl: undefined
   *     })
   */
  submit(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__submit(request, requestOptions)
    );
  }
  async __submit(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/feedback"
      ),
      method: "POST",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 409:
          throw new FeedbackNotConfiguredError(
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling POST /api/public/feedback."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var Health = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Check health of API and database
   *
   * @param {Health.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.ServiceUnavailableError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.health.health()
   */
  health(requestOptions) {
    return HttpResponsePromise.fromPromise(this.__health(requestOptions));
  }
  async __health(requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/health"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 503:
          throw new ServiceUnavailableError(_response.rawResponse);
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/health."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var Ingestion = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * **Legacy endpoint for batch ingestion for Langfuse Observability.**
   *
   * -> Please use the OpenTelemetry endpoint (`/api/public/otel/v1/traces`). Learn more: https://langfuse.com/integrations/native/opentelemetry
   *
   * Within each batch, there can be multiple events.
   * Each event has a type, an id, a timestamp, metadata and a body.
   * Internally, we refer to this as the "event envelope" as it tells us something about the event but not the trace.
   * We use the event id within this envelope to deduplicate messages to avoid processing the same event twice, i.e. the event id should be unique per request.
   * The event.body.id is the ID of the actual trace and will be used for updates and will be visible within the Langfuse App.
   * I.e. if you want to update a trace, you'd use the same body id, but separate event IDs.
   *
   * Notes:
   * - Introduction to data model: https://langfuse.com/docs/observability/data-model
   * - Batch sizes are limited to 3.5 MB in total. You need to adjust the number of events per batch accordingly.
   * - The API does not return a 4xx status code for input errors. Instead, it responds with a 207 status code, which includes a list of the encountered errors.
   *
   * @deprecated On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on November 16, 2026. Send data via the OpenTelemetry endpoint at `POST /api/public/otel/v1/traces` instead, see the [OpenTelemetry integration docs](https://langfuse.com/integrations/native/opentelemetry). Self-hosted deployments are unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4.
   *
   * @param {LangfuseAPI.IngestionRequest} request
   * @param {Ingestion.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.ingestion.batch({
   *         batch: [{
   *                 type: "trace-create",
   *                 id: "abcdef-1234-5678-90ab",
   *                 timestamp: "2022-01-01T00:00:00.000Z",
   *                 body: {
   *                     id: "abcdef-1234-5678-90ab",
   *                     timestamp: "2022-01-01T00:00:00.000Z",
   *                     environment: "production",
   *                     name: "My Trace",
   *                     userId: "1234-5678-90ab-cdef",
   *                     input: "My input",
   *                     output: "My output",
   *                     sessionId: "1234-5678-90ab-cdef",
   *                     release: "1.0.0",
   *                     version: "1.0.0",
   *                     metadata: "My metadata",
   *                     tags: ["tag1", "tag2"],
   *                     "public": true
   *                 }
   *             }]
   *     })
   *
   * @example
   *     await client.ingestion.batch({
   *         batch: [{
   *                 type: "span-create",
   *                 id: "abcdef-1234-5678-90ab",
   *                 timestamp: "2022-01-01T00:00:00.000Z",
   *                 body: {
   *                     id: "abcdef-1234-5678-90ab",
   *                     traceId: "1234-5678-90ab-cdef",
   *                     startTime: "2022-01-01T00:00:00.000Z",
   *                     environment: "test"
   *                 }
   *             }]
   *     })
   *
   * @example
   *     await client.ingestion.batch({
   *         batch: [{
   *                 type: "score-create",
   *                 id: "abcdef-1234-5678-90ab",
   *                 timestamp: "2022-01-01T00:00:00.000Z",
   *                 body: {
   *                     id: "abcdef-1234-5678-90ab",
   *                     traceId: "1234-5678-90ab-cdef",
   *                     name: "My Score",
   *                     value: 0.9,
   *                     environment: "default"
   *                 }
   *             }]
   *     })
   */
  batch(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__batch(request, requestOptions)
    );
  }
  async __batch(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/ingestion"
      ),
      method: "POST",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling POST /api/public/ingestion."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var MetricsV1 = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Get metrics from the Langfuse project using a query object.
   *
   * Consider using the [v2 metrics endpoint](/api-reference#tag/metricsv2/GET/api/public/v2/metrics) for better performance.
   *
   * For more details, see the [Metrics API documentation](https://langfuse.com/docs/metrics/features/metrics-api).
   *
   * @deprecated On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on November 16, 2026. Use `GET /api/public/v2/metrics?query=<urlencoded json query>` instead. Self-hosted deployments are unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4.
   *
   * @param {LangfuseAPI.legacy.GetMetricsRequest} request
   * @param {MetricsV1.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.legacy.metricsV1.metrics({
   *         query: "query"
   *     })
   */
  metrics(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__metrics(request, requestOptions)
    );
  }
  async __metrics(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const { query } = request;
    const _queryParams = {};
    _queryParams["query"] = query;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/metrics"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/metrics."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var ObservationsV1 = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Get a observation
   *
   * @deprecated On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on November 16, 2026. Use `GET /api/public/v2/observations?fromStartTime=<from>&toStartTime=<to>` instead. Self-hosted deployments are unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4.
   *
   * @param {string} observationId - The unique langfuse identifier of an observation, can be an event, span or generation
   * @param {ObservationsV1.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.legacy.observationsV1.get("observationId")
   */
  get(observationId, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__get(observationId, requestOptions)
    );
  }
  async __get(observationId, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/observations/${encodeURIComponent(observationId)}`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/observations/{observationId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get a list of observations.
   *
   * Consider using the [v2 observations endpoint](/api-reference#tag/observationsv2/GET/api/public/v2/observations) for cursor-based pagination and field selection.
   *
   * @deprecated On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on November 16, 2026. Use `GET /api/public/v2/observations?fromStartTime=<from>&toStartTime=<to>` instead. Self-hosted deployments are unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4.
   *
   * @param {LangfuseAPI.legacy.GetObservationsRequest} request
   * @param {ObservationsV1.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.legacy.observationsV1.getMany()
   */
  getMany(request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__getMany(request, requestOptions)
    );
  }
  async __getMany(request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const {
      page,
      limit,
      name,
      userId,
      type: type_,
      traceId: traceId2,
      level,
      parentObservationId,
      environment,
      fromStartTime,
      toStartTime,
      version,
      filter
    } = request;
    const _queryParams = {};
    if (page != null) {
      _queryParams["page"] = page.toString();
    }
    if (limit != null) {
      _queryParams["limit"] = limit.toString();
    }
    if (name != null) {
      _queryParams["name"] = name;
    }
    if (userId != null) {
      _queryParams["userId"] = userId;
    }
    if (type_ != null) {
      _queryParams["type"] = type_;
    }
    if (traceId2 != null) {
      _queryParams["traceId"] = traceId2;
    }
    if (level != null) {
      _queryParams["level"] = level;
    }
    if (parentObservationId != null) {
      _queryParams["parentObservationId"] = parentObservationId;
    }
    if (environment != null) {
      if (Array.isArray(environment)) {
        _queryParams["environment"] = environment.map((item) => item);
      } else {
        _queryParams["environment"] = environment;
      }
    }
    if (fromStartTime != null) {
      _queryParams["fromStartTime"] = fromStartTime;
    }
    if (toStartTime != null) {
      _queryParams["toStartTime"] = toStartTime;
    }
    if (version != null) {
      _queryParams["version"] = version;
    }
    if (filter != null) {
      _queryParams["filter"] = filter;
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/observations"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/observations."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var Scores = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Create a score (supports trace, observation, session, and dataset run scores)
   *
   * @param {LangfuseAPI.CreateScoreRequest} request
   * @param {Scores.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.scores.create({
   *         id: undefined,
   *         traceId: undefined,
   *         sessionId: undefined,
   *         observationId: undefined,
   *         datasetRunId: undefined,
   *         name: "name",
   *         value: 1.1,
   *         comment: undefined,
   *         metadata: undefined,
   *         environment: undefined,
   *         queueId: undefined,
   *         dataType: undefined,
   *         configId: undefined,
   *         source: undefined
   *     })
   */
  create(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__create(request, requestOptions)
    );
  }
  async __create(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/scores"
      ),
      method: "POST",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling POST /api/public/scores."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get a list of scores (supports both trace and session scores)
   *
   * @deprecated On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on November 16, 2026. Use `GET /api/public/v3/scores` instead. Self-hosted deployments are unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4.
   *
   * @param {LangfuseAPI.GetScoresRequest} request
   * @param {Scores.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.scores.getMany()
   */
  getMany(request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__getMany(request, requestOptions)
    );
  }
  async __getMany(request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const {
      page,
      limit,
      userId,
      name,
      fromTimestamp,
      toTimestamp,
      environment,
      source,
      operator,
      value,
      scoreIds,
      configId,
      sessionId,
      datasetRunId,
      traceId: traceId2,
      observationId,
      queueId,
      dataType,
      traceTags,
      fields,
      filter
    } = request;
    const _queryParams = {};
    if (page != null) {
      _queryParams["page"] = page.toString();
    }
    if (limit != null) {
      _queryParams["limit"] = limit.toString();
    }
    if (userId != null) {
      _queryParams["userId"] = userId;
    }
    if (name != null) {
      _queryParams["name"] = name;
    }
    if (fromTimestamp != null) {
      _queryParams["fromTimestamp"] = fromTimestamp;
    }
    if (toTimestamp != null) {
      _queryParams["toTimestamp"] = toTimestamp;
    }
    if (environment != null) {
      if (Array.isArray(environment)) {
        _queryParams["environment"] = environment.map((item) => item);
      } else {
        _queryParams["environment"] = environment;
      }
    }
    if (source != null) {
      _queryParams["source"] = source;
    }
    if (operator != null) {
      _queryParams["operator"] = operator;
    }
    if (value != null) {
      _queryParams["value"] = value.toString();
    }
    if (scoreIds != null) {
      _queryParams["scoreIds"] = scoreIds;
    }
    if (configId != null) {
      _queryParams["configId"] = configId;
    }
    if (sessionId != null) {
      _queryParams["sessionId"] = sessionId;
    }
    if (datasetRunId != null) {
      _queryParams["datasetRunId"] = datasetRunId;
    }
    if (traceId2 != null) {
      _queryParams["traceId"] = traceId2;
    }
    if (observationId != null) {
      _queryParams["observationId"] = observationId;
    }
    if (queueId != null) {
      _queryParams["queueId"] = queueId;
    }
    if (dataType != null) {
      _queryParams["dataType"] = dataType;
    }
    if (traceTags != null) {
      if (Array.isArray(traceTags)) {
        _queryParams["traceTags"] = traceTags.map((item) => item);
      } else {
        _queryParams["traceTags"] = traceTags;
      }
    }
    if (fields != null) {
      _queryParams["fields"] = fields;
    }
    if (filter != null) {
      _queryParams["filter"] = filter;
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/v2/scores"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/v2/scores."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get a score (supports both trace and session scores)
   *
   * @deprecated On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on November 16, 2026. Use `GET /api/public/v3/scores` with the `id` filter instead. Self-hosted deployments are unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4.
   *
   * @param {string} scoreId - The unique langfuse identifier of a score
   * @param {Scores.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.scores.getById("scoreId")
   */
  getById(scoreId, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__getById(scoreId, requestOptions)
    );
  }
  async __getById(scoreId, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/v2/scores/${encodeURIComponent(scoreId)}`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/v2/scores/{scoreId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var ScoreV1 = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Create a score (supports both trace and session scores)
   *
   * @deprecated Use `client.scores.create()` instead.
   * Compatibility alias managed by scripts/patch-generated-score-create-alias.mjs
   */
  create(request, requestOptions) {
    return new Scores(this._options).create(request, requestOptions);
  }
  /**
   * Delete a score (supports both trace and session scores)
   *
   * @param {string} scoreId - The unique langfuse identifier of a score
   * @param {ScoreV1.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.legacy.scoreV1.delete("scoreId")
   */
  delete(scoreId, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__delete(scoreId, requestOptions)
    );
  }
  async __delete(scoreId, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/scores/${encodeURIComponent(scoreId)}`
      ),
      method: "DELETE",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return { data: void 0, rawResponse: _response.rawResponse };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling DELETE /api/public/scores/{scoreId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var Legacy = class {
  constructor(_options) {
    this._options = _options;
  }
  get metricsV1() {
    var _a2;
    return (_a2 = this._metricsV1) != null ? _a2 : this._metricsV1 = new MetricsV1(this._options);
  }
  get observationsV1() {
    var _a2;
    return (_a2 = this._observationsV1) != null ? _a2 : this._observationsV1 = new ObservationsV1(this._options);
  }
  get scoreV1() {
    var _a2;
    return (_a2 = this._scoreV1) != null ? _a2 : this._scoreV1 = new ScoreV1(this._options);
  }
};
var LlmConnections = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Get all LLM connections in a project
   *
   * @param {LangfuseAPI.GetLlmConnectionsRequest} request
   * @param {LlmConnections.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.llmConnections.list()
   */
  list(request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__list(request, requestOptions)
    );
  }
  async __list(request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const { page, limit } = request;
    const _queryParams = {};
    if (page != null) {
      _queryParams["page"] = page.toString();
    }
    if (limit != null) {
      _queryParams["limit"] = limit.toString();
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/llm-connections"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/llm-connections."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Create or update an LLM connection. The connection is upserted on provider.
   *
   * @param {LangfuseAPI.UpsertLlmConnectionRequest} request
   * @param {LlmConnections.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.llmConnections.upsert({
   *         provider: "provider",
   *         adapter: "anthropic",
   *         secretKey: "secretKey",
   *         baseURL: undefined,
   *         customModels: undefined,
   *         withDefaultModels: undefined,
   *         extraHeaders: undefined,
   *         config: undefined
   *     })
   */
  upsert(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__upsert(request, requestOptions)
    );
  }
  async __upsert(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/llm-connections"
      ),
      method: "PUT",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling PUT /api/public/llm-connections."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Delete an LLM connection by id. Evaluators that depend on the deleted connection are automatically paused.
   *
   * @param {string} id
   * @param {LlmConnections.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.llmConnections.delete("id")
   */
  delete(id, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__delete(id, requestOptions)
    );
  }
  async __delete(id, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/llm-connections/${encodeURIComponent(id)}`
      ),
      method: "DELETE",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling DELETE /api/public/llm-connections/{id}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var Media = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Get a media record
   *
   * @param {string} mediaId - The unique langfuse identifier of a media record
   * @param {Media.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.media.get("mediaId")
   */
  get(mediaId, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__get(mediaId, requestOptions)
    );
  }
  async __get(mediaId, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/media/${encodeURIComponent(mediaId)}`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/media/{mediaId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Patch a media record
   *
   * @param {string} mediaId - The unique langfuse identifier of a media record
   * @param {LangfuseAPI.PatchMediaBody} request
   * @param {Media.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.media.patch("mediaId", {
   *         uploadedAt: "2024-01-15T09:30:00Z",
   *         uploadHttpStatus: 1,
   *         uploadHttpError: undefined,
   *         uploadTimeMs: undefined
   *     })
   */
  patch(mediaId, request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__patch(mediaId, request, requestOptions)
    );
  }
  async __patch(mediaId, request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/media/${encodeURIComponent(mediaId)}`
      ),
      method: "PATCH",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return { data: void 0, rawResponse: _response.rawResponse };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling PATCH /api/public/media/{mediaId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get a presigned upload URL for a media record
   *
   * @param {LangfuseAPI.GetMediaUploadUrlRequest} request
   * @param {Media.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.media.getUploadUrl({
   *         traceId: undefined,
   *         observationId: undefined,
   *         datasetId: undefined,
   *         datasetItemId: undefined,
   *         contentType: "image/png",
   *         contentLength: 1,
   *         sha256Hash: "sha256Hash",
   *         field: "field"
   *     })
   */
  getUploadUrl(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__getUploadUrl(request, requestOptions)
    );
  }
  async __getUploadUrl(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/media"
      ),
      method: "POST",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling POST /api/public/media."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var Metrics = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Get metrics from the Langfuse project using a query object. V2 endpoint with optimized performance.
   *
   * ## V2 Differences
   * - Supports `observations`, `scores-numeric`, `scores-boolean`, and `scores-categorical` views only (traces view not supported)
   * - Direct access to tags and release fields on observations
   * - Semantic-root filtering and grouping through the v2-only `isRootObservation` dimension
   * - Backwards-compatible: traceName, traceRelease, traceVersion dimensions are still available on observations view
   * - High cardinality dimensions are not supported and will return a 400 error (see below)
   *
   * For more details, see the [Metrics API documentation](https://langfuse.com/docs/metrics/features/metrics-api).
   *
   * ## Available Views
   *
   * ### observations
   * Query observation-level data (spans, generations, events).
   *
   * **Dimensions:**
   * - `environment` - Deployment environment (e.g., production, staging)
   * - `type` - Type of observation (SPAN, GENERATION, EVENT)
   * - `name` - Name of the observation
   * - `level` - Logging level of the observation
   * - `version` - Version of the observation
   * - `tags` - User-defined tags
   * - `release` - Release version
   * - `traceName` - Name of the parent trace (backwards-compatible)
   * - `traceRelease` - Release version of the parent trace (backwards-compatible, maps to release)
   * - `traceVersion` - Version of the parent trace (backwards-compatible, maps to version)
   * - `providedModelName` - Name of the model used
   * - `promptName` - Name of the prompt used
   * - `promptVersion` - Version of the prompt used
   * - `isRootObservation` - Boolean semantic-root status. `true` includes physical roots and app roots whose SDK parent is external (so `parentObservationId` may be non-null).
   * - `startTimeMonth` - Month of start_time in YYYY-MM format
   *
   * **Measures:**
   * - `count` - Total number of observations
   * - `latency` - Observation latency (milliseconds)
   * - `streamingLatency` - Generation latency from completion start to end (milliseconds)
   * - `inputTokens` - Sum of input tokens consumed
   * - `outputTokens` - Sum of output tokens produced
   * - `totalTokens` - Sum of all tokens consumed
   * - `outputTokensPerSecond` - Output tokens per second
   * - `tokensPerSecond` - Total tokens per second
   * - `inputCost` - Input cost (USD)
   * - `outputCost` - Output cost (USD)
   * - `totalCost` - Total cost (USD)
   * - `timeToFirstToken` - Time to first token (milliseconds)
   * - `countScores` - Number of scores attached to the observation
   *
   * ### scores-numeric
   * Query numeric and boolean score data.
   *
   * **Dimensions:**
   * - `environment` - Deployment environment
   * - `name` - Name of the score (e.g., accuracy, toxicity)
   * - `source` - Origin of the score (API, ANNOTATION, EVAL)
   * - `dataType` - Data type (NUMERIC, BOOLEAN)
   * - `configId` - Identifier of the score config
   * - `timestampMonth` - Month in YYYY-MM format
   * - `timestampDay` - Day in YYYY-MM-DD format
   * - `value` - Numeric value of the score
   * - `traceName` - Name of the parent trace
   * - `tags` - Tags
   * - `traceRelease` - Release version
   * - `traceVersion` - Version
   * - `observationName` - Name of the associated observation
   * - `observationModelName` - Model name of the associated observation
   * - `observationPromptName` - Prompt name of the associated observation
   * - `observationPromptVersion` - Prompt version of the associated observation
   *
   * **Measures:**
   * - `count` - Total number of scores
   * - `value` - Score value (for aggregations)
   *
   * ### scores-boolean
   * Query boolean score data. It has the same score and parent trace/observation dimensions as scores-numeric, plus:
   *
   * **Dimensions:**
   * - `booleanValue` - Boolean value for true/false grouping and filtering
   *
   * **Measures:**
   * - `count` - Total number of boolean scores
   * - `value` - Numeric 0/1 score value; `avg` returns the true-rate
   *
   * ### scores-categorical
   * Query categorical score data. Same dimensions as scores-numeric except uses `stringValue` instead of `value`.
   *
   * **Measures:**
   * - `count` - Total number of scores
   *
   * ## High Cardinality Dimensions
   * The following dimensions cannot be used as grouping dimensions in v2 metrics API as they can cause performance issues.
   * Use them in filters instead.
   *
   * **observations view:**
   * - `id` - Use traceId filter to narrow down results
   * - `traceId` - Use traceId filter instead
   * - `userId` - Use userId filter instead
   * - `sessionId` - Use sessionId filter instead
   * - `parentObservationId` - Use parentObservationId filter instead
   *
   * **scores-numeric / scores-boolean / scores-categorical views:**
   * - `id` - Use specific filters to narrow down results
   * - `traceId` - Use traceId filter instead
   * - `userId` - Use userId filter instead
   * - `sessionId` - Use sessionId filter instead
   * - `observationId` - Use observationId filter instead
   *
   * ## Aggregations
   * Available aggregation functions: `sum`, `avg`, `count`, `max`, `min`, `p50`, `p75`, `p90`, `p95`, `p99`, `histogram`
   *
   * ## Time Granularities
   * Available granularities for timeDimension: `auto`, `minute`, `hour`, `day`, `week`, `month`
   * - `auto` bins the data into approximately 50 buckets based on the time range
   *
   * @param {LangfuseAPI.GetMetricsV2Request} request
   * @param {Metrics.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.metrics.metrics({
   *         query: "query"
   *     })
   */
  metrics(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__metrics(request, requestOptions)
    );
  }
  async __metrics(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const { query } = request;
    const _queryParams = {};
    _queryParams["query"] = query;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/v2/metrics"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/v2/metrics."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var Models = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Create a model
   *
   * @param {LangfuseAPI.CreateModelRequest} request
   * @param {Models.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.models.create({
   *         modelName: "modelName",
   *         matchPattern: "matchPattern",
   *         startDate: undefined,
   *         unit: "CHARACTERS",
   *         inputPrice: undefined,
   *         outputPrice: undefined,
   *         totalPrice: undefined,
   *         pricingTiers: undefined,
   *         tokenizerId: undefined,
   *         tokenizerConfig: undefined
   *     })
   */
  create(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__create(request, requestOptions)
    );
  }
  async __create(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/models"
      ),
      method: "POST",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling POST /api/public/models."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Create or replace a project-owned model using its id. Built-in models cannot be modified.
   *
   * @param {string} id
   * @param {LangfuseAPI.CreateModelRequest} request
   * @param {Models.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.models.upsert("id", {
   *         modelName: "modelName",
   *         matchPattern: "matchPattern",
   *         startDate: undefined,
   *         unit: "CHARACTERS",
   *         inputPrice: undefined,
   *         outputPrice: undefined,
   *         totalPrice: undefined,
   *         pricingTiers: undefined,
   *         tokenizerId: undefined,
   *         tokenizerConfig: undefined
   *     })
   */
  upsert(id, request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__upsert(id, request, requestOptions)
    );
  }
  async __upsert(id, request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/models/${encodeURIComponent(id)}`
      ),
      method: "PUT",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling PUT /api/public/models/{id}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get all models
   *
   * @param {LangfuseAPI.GetModelsRequest} request
   * @param {Models.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.models.list()
   */
  list(request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__list(request, requestOptions)
    );
  }
  async __list(request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const { page, limit } = request;
    const _queryParams = {};
    if (page != null) {
      _queryParams["page"] = page.toString();
    }
    if (limit != null) {
      _queryParams["limit"] = limit.toString();
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/models"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/models."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get a model
   *
   * @param {string} id
   * @param {Models.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.models.get("id")
   */
  get(id, requestOptions) {
    return HttpResponsePromise.fromPromise(this.__get(id, requestOptions));
  }
  async __get(id, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/models/${encodeURIComponent(id)}`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/models/{id}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Delete a model. Cannot delete models managed by Langfuse. You can create your own definition with the same modelName to override the definition though.
   *
   * @param {string} id
   * @param {Models.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.models.delete("id")
   */
  delete(id, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__delete(id, requestOptions)
    );
  }
  async __delete(id, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/models/${encodeURIComponent(id)}`
      ),
      method: "DELETE",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return { data: void 0, rawResponse: _response.rawResponse };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling DELETE /api/public/models/{id}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var Observations = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Get a list of observations with cursor-based pagination and flexible field selection.
   *
   * ## Cursor-based Pagination
   * This endpoint uses cursor-based pagination for efficient traversal of large datasets.
   * The cursor is returned in the response metadata and should be passed in subsequent requests
   * to retrieve the next page of results.
   *
   * ## Field Selection
   * Use the `fields` parameter to control which observation fields are returned:
   * - `core` - Always included: id, traceId, startTime, endTime, projectId, parentObservationId, type
   * - `basic` - name, level, statusMessage, version, environment, bookmarked, public, userId, sessionId, isRootObservation
   * - `time` - completionStartTime, createdAt, updatedAt
   * - `io` - input, output
   * - `metadata` - metadata (truncated to 200 chars by default, use `expandMetadata` to get full values)
   * - `model` - model, internalModelId, modelParameters
   * - `usage` - usageDetails, costDetails, totalCost, usagePricingTierName
   * - `prompt` - promptId, promptName, promptVersion
   * - `metrics` - latency, timeToFirstToken
   * - `trace_context` - tags, release, traceName
   *
   * If not specified, `core` and `basic` field groups are returned.
   *
   * ## Filters
   * Multiple filtering options are available via query parameters or the structured `filter` parameter.
   * When using the `filter` parameter, it takes precedence over individual query parameter filters.
   *
   * @param {LangfuseAPI.GetObservationsV2Request} request
   * @param {Observations.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.observations.getMany()
   */
  getMany(request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__getMany(request, requestOptions)
    );
  }
  async __getMany(request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const {
      fields,
      expandMetadata,
      limit,
      cursor,
      parseIoAsJson,
      name,
      userId,
      sessionId,
      type: type_,
      traceId: traceId2,
      level,
      parentObservationId,
      isRootObservation,
      environment,
      fromStartTime,
      toStartTime,
      version,
      filter
    } = request;
    const _queryParams = {};
    if (fields != null) {
      _queryParams["fields"] = fields;
    }
    if (expandMetadata != null) {
      _queryParams["expandMetadata"] = expandMetadata;
    }
    if (limit != null) {
      _queryParams["limit"] = limit.toString();
    }
    if (cursor != null) {
      _queryParams["cursor"] = cursor;
    }
    if (parseIoAsJson != null) {
      _queryParams["parseIoAsJson"] = parseIoAsJson.toString();
    }
    if (name != null) {
      _queryParams["name"] = name;
    }
    if (userId != null) {
      _queryParams["userId"] = userId;
    }
    if (sessionId != null) {
      _queryParams["sessionId"] = sessionId;
    }
    if (type_ != null) {
      _queryParams["type"] = type_;
    }
    if (traceId2 != null) {
      _queryParams["traceId"] = traceId2;
    }
    if (level != null) {
      _queryParams["level"] = level;
    }
    if (parentObservationId != null) {
      _queryParams["parentObservationId"] = parentObservationId;
    }
    if (isRootObservation != null) {
      _queryParams["isRootObservation"] = isRootObservation.toString();
    }
    if (environment != null) {
      if (Array.isArray(environment)) {
        _queryParams["environment"] = environment.map((item) => item);
      } else {
        _queryParams["environment"] = environment;
      }
    }
    if (fromStartTime != null) {
      _queryParams["fromStartTime"] = fromStartTime;
    }
    if (toStartTime != null) {
      _queryParams["toStartTime"] = toStartTime;
    }
    if (version != null) {
      _queryParams["version"] = version;
    }
    if (filter != null) {
      _queryParams["filter"] = filter;
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/v2/observations"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/v2/observations."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var Opentelemetry = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * **OpenTelemetry Traces Ingestion Endpoint**
   *
   * This endpoint implements the OTLP/HTTP specification for trace ingestion, providing native OpenTelemetry integration for Langfuse Observability.
   *
   * **Supported Formats:**
   * - Binary Protobuf: `Content-Type: application/x-protobuf`
   * - JSON Protobuf: `Content-Type: application/json`
   * - Supports gzip compression via `Content-Encoding: gzip` header
   *
   * **Specification Compliance:**
   * - Conforms to [OTLP/HTTP Trace Export](https://opentelemetry.io/docs/specs/otlp/#otlphttp)
   * - Implements `ExportTraceServiceRequest` message format
   *
   * **Documentation:**
   * - Integration guide: https://langfuse.com/integrations/native/opentelemetry
   * - Data model: https://langfuse.com/docs/observability/data-model
   *
   * @param {LangfuseAPI.OtelTraceRequest} request
   * @param {Opentelemetry.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.opentelemetry.exportTraces({
   *         resourceSpans: [{
   *                 resource: {
   *                     attributes: [{
   *                             key: "service.name",
   *                             value: {
   *                                 stringValue: "my-service"
   *                             }
   *                         }, {
   *                             key: "service.version",
   *                             value: {
   *                                 stringValue: "1.0.0"
   *                             }
   *                         }]
   *                 },
   *                 scopeSpans: [{
   *                         scope: {
   *                             name: "langfuse-sdk",
   *                             version: "2.60.3"
   *                         },
   *                         spans: [{
   *                                 traceId: "0123456789abcdef0123456789abcdef",
   *                                 spanId: "0123456789abcdef",
   *                                 name: "my-operation",
   *                                 kind: 1,
   *                                 startTimeUnixNano: "1747872000000000000",
   *                                 endTimeUnixNano: "1747872001000000000",
   *                                 attributes: [{
   *                                         key: "langfuse.observation.type",
   *                                         value: {
   *                                             stringValue: "generation"
   *                                         }
   *                                     }],
   *                                 status: {}
   *                             }]
   *                     }]
   *             }]
   *     })
   */
  exportTraces(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__exportTraces(request, requestOptions)
    );
  }
  async __exportTraces(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/otel/v1/traces"
      ),
      method: "POST",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling POST /api/public/otel/v1/traces."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var Organizations = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Get all memberships for the organization associated with the API key (requires organization-scoped API key)
   *
   * @param {Organizations.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.organizations.getOrganizationMemberships()
   */
  getOrganizationMemberships(requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__getOrganizationMemberships(requestOptions)
    );
  }
  async __getOrganizationMemberships(requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/organizations/memberships"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/organizations/memberships."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Create or update a membership for the organization associated with the API key (requires organization-scoped API key)
   *
   * @param {LangfuseAPI.MembershipRequest} request
   * @param {Organizations.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.organizations.updateOrganizationMembership({
   *         userId: "userId",
   *         role: "OWNER"
   *     })
   */
  updateOrganizationMembership(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__updateOrganizationMembership(request, requestOptions)
    );
  }
  async __updateOrganizationMembership(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/organizations/memberships"
      ),
      method: "PUT",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling PUT /api/public/organizations/memberships."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Delete a membership from the organization associated with the API key (requires organization-scoped API key)
   *
   * @param {LangfuseAPI.DeleteMembershipRequest} request
   * @param {Organizations.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.organizations.deleteOrganizationMembership({
   *         userId: "userId"
   *     })
   */
  deleteOrganizationMembership(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__deleteOrganizationMembership(request, requestOptions)
    );
  }
  async __deleteOrganizationMembership(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/organizations/memberships"
      ),
      method: "DELETE",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling DELETE /api/public/organizations/memberships."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get all memberships for a specific project (requires organization-scoped API key)
   *
   * @param {string} projectId
   * @param {Organizations.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.organizations.getProjectMemberships("projectId")
   */
  getProjectMemberships(projectId, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__getProjectMemberships(projectId, requestOptions)
    );
  }
  async __getProjectMemberships(projectId, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/projects/${encodeURIComponent(projectId)}/memberships`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/projects/{projectId}/memberships."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Create or update a membership for a specific project (requires organization-scoped API key). The user must already be a member of the organization.
   *
   * @param {string} projectId
   * @param {LangfuseAPI.MembershipRequest} request
   * @param {Organizations.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.organizations.updateProjectMembership("projectId", {
   *         userId: "userId",
   *         role: "OWNER"
   *     })
   */
  updateProjectMembership(projectId, request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__updateProjectMembership(projectId, request, requestOptions)
    );
  }
  async __updateProjectMembership(projectId, request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/projects/${encodeURIComponent(projectId)}/memberships`
      ),
      method: "PUT",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling PUT /api/public/projects/{projectId}/memberships."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Delete a membership from a specific project (requires organization-scoped API key). The user must be a member of the organization.
   *
   * @param {string} projectId
   * @param {LangfuseAPI.DeleteMembershipRequest} request
   * @param {Organizations.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.organizations.deleteProjectMembership("projectId", {
   *         userId: "userId"
   *     })
   */
  deleteProjectMembership(projectId, request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__deleteProjectMembership(projectId, request, requestOptions)
    );
  }
  async __deleteProjectMembership(projectId, request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/projects/${encodeURIComponent(projectId)}/memberships`
      ),
      method: "DELETE",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling DELETE /api/public/projects/{projectId}/memberships."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get all projects for the organization associated with the API key (requires organization-scoped API key)
   *
   * @param {Organizations.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.organizations.getOrganizationProjects()
   */
  getOrganizationProjects(requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__getOrganizationProjects(requestOptions)
    );
  }
  async __getOrganizationProjects(requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/organizations/projects"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/organizations/projects."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get all API keys for the organization associated with the API key (requires organization-scoped API key)
   *
   * @param {Organizations.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.organizations.getOrganizationApiKeys()
   */
  getOrganizationApiKeys(requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__getOrganizationApiKeys(requestOptions)
    );
  }
  async __getOrganizationApiKeys(requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/organizations/apiKeys"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/organizations/apiKeys."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var Projects = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Get Project associated with API key (requires project-scoped API key). You can use GET /api/public/organizations/projects to get all projects with an organization-scoped key.
   *
   * @param {Projects.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.projects.get()
   */
  get(requestOptions) {
    return HttpResponsePromise.fromPromise(this.__get(requestOptions));
  }
  async __get(requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/projects"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/projects."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Create a new project (requires organization-scoped API key)
   *
   * @param {LangfuseAPI.CreateProjectRequest} request
   * @param {Projects.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.projects.create({
   *         name: "name",
   *         metadata: undefined,
   *         retention: 1
   *     })
   */
  create(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__create(request, requestOptions)
    );
  }
  async __create(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/projects"
      ),
      method: "POST",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling POST /api/public/projects."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Update a project by ID (requires organization-scoped API key).
   *
   * @param {string} projectId
   * @param {LangfuseAPI.UpdateProjectRequest} request
   * @param {Projects.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.projects.update("projectId", {
   *         name: "name",
   *         metadata: undefined,
   *         retention: undefined
   *     })
   */
  update(projectId, request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__update(projectId, request, requestOptions)
    );
  }
  async __update(projectId, request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/projects/${encodeURIComponent(projectId)}`
      ),
      method: "PUT",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling PUT /api/public/projects/{projectId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Delete a project by ID (requires organization-scoped API key). Project deletion is processed asynchronously.
   *
   * @param {string} projectId
   * @param {Projects.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.projects.delete("projectId")
   */
  delete(projectId, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__delete(projectId, requestOptions)
    );
  }
  async __delete(projectId, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/projects/${encodeURIComponent(projectId)}`
      ),
      method: "DELETE",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling DELETE /api/public/projects/{projectId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get all API keys for a project (requires organization-scoped API key)
   *
   * @param {string} projectId
   * @param {Projects.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.projects.getApiKeys("projectId")
   */
  getApiKeys(projectId, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__getApiKeys(projectId, requestOptions)
    );
  }
  async __getApiKeys(projectId, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/projects/${encodeURIComponent(projectId)}/apiKeys`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/projects/{projectId}/apiKeys."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Create a new API key for a project (requires organization-scoped API key)
   *
   * @param {string} projectId
   * @param {LangfuseAPI.CreateApiKeyRequest} request
   * @param {Projects.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.projects.createApiKey("projectId", {
   *         note: undefined,
   *         publicKey: undefined,
   *         secretKey: undefined
   *     })
   */
  createApiKey(projectId, request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__createApiKey(projectId, request, requestOptions)
    );
  }
  async __createApiKey(projectId, request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/projects/${encodeURIComponent(projectId)}/apiKeys`
      ),
      method: "POST",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling POST /api/public/projects/{projectId}/apiKeys."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Delete an API key for a project (requires organization-scoped API key)
   *
   * @param {string} projectId
   * @param {string} apiKeyId
   * @param {Projects.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.projects.deleteApiKey("projectId", "apiKeyId")
   */
  deleteApiKey(projectId, apiKeyId, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__deleteApiKey(projectId, apiKeyId, requestOptions)
    );
  }
  async __deleteApiKey(projectId, apiKeyId, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/projects/${encodeURIComponent(projectId)}/apiKeys/${encodeURIComponent(apiKeyId)}`
      ),
      method: "DELETE",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling DELETE /api/public/projects/{projectId}/apiKeys/{apiKeyId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var PromptVersion = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Update labels for a specific prompt version
   *
   * @param {string} name - The name of the prompt. If the prompt is in a folder (e.g., "folder/subfolder/prompt-name"),
   *                        the folder path must be URL encoded.
   * @param {number} version - Version of the prompt to update
   * @param {LangfuseAPI.UpdatePromptRequest} request
   * @param {PromptVersion.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.promptVersion.update("name", 1, {
   *         newLabels: ["newLabels", "newLabels"]
   *     })
   */
  update(name, version, request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__update(name, version, request, requestOptions)
    );
  }
  async __update(name, version, request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/v2/prompts/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`
      ),
      method: "PATCH",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling PATCH /api/public/v2/prompts/{name}/versions/{version}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var Prompts = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Get a prompt
   *
   * @param {string} promptName - The name of the prompt. If the prompt is in a folder (e.g., "folder/subfolder/prompt-name"),
   *                              the folder path must be URL encoded.
   * @param {LangfuseAPI.GetPromptRequest} request
   * @param {Prompts.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.prompts.get("promptName")
   */
  get(promptName, request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__get(promptName, request, requestOptions)
    );
  }
  async __get(promptName, request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const { version, label, resolve } = request;
    const _queryParams = {};
    if (version != null) {
      _queryParams["version"] = version.toString();
    }
    if (label != null) {
      _queryParams["label"] = label;
    }
    if (resolve != null) {
      _queryParams["resolve"] = resolve.toString();
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/v2/prompts/${encodeURIComponent(promptName)}`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/v2/prompts/{promptName}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get a list of prompt names with versions and labels
   *
   * @param {LangfuseAPI.ListPromptsMetaRequest} request
   * @param {Prompts.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.prompts.list()
   */
  list(request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__list(request, requestOptions)
    );
  }
  async __list(request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const { name, label, tag, page, limit, fromUpdatedAt, toUpdatedAt } = request;
    const _queryParams = {};
    if (name != null) {
      _queryParams["name"] = name;
    }
    if (label != null) {
      _queryParams["label"] = label;
    }
    if (tag != null) {
      _queryParams["tag"] = tag;
    }
    if (page != null) {
      _queryParams["page"] = page.toString();
    }
    if (limit != null) {
      _queryParams["limit"] = limit.toString();
    }
    if (fromUpdatedAt != null) {
      _queryParams["fromUpdatedAt"] = fromUpdatedAt;
    }
    if (toUpdatedAt != null) {
      _queryParams["toUpdatedAt"] = toUpdatedAt;
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/v2/prompts"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/v2/prompts."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Create a new version for the prompt with the given `name`
   *
   * @param {LangfuseAPI.CreatePromptRequest} request
   * @param {Prompts.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.prompts.create({
   *         name: "name",
   *         prompt: [{
   *                 role: "role",
   *                 content: "content",
   *                 type: undefined
   *             }, {
   *                 role: "role",
   *                 content: "content",
   *                 type: undefined
   *             }],
   *         config: undefined,
   *         type: "chat",
   *         labels: undefined,
   *         tags: undefined,
   *         commitMessage: undefined
   *     })
   */
  create(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__create(request, requestOptions)
    );
  }
  async __create(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/v2/prompts"
      ),
      method: "POST",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling POST /api/public/v2/prompts."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Delete prompt versions. If neither version nor label is specified, all versions of the prompt are deleted.
   *
   * @param {string} promptName - The name of the prompt
   * @param {LangfuseAPI.DeletePromptRequest} request
   * @param {Prompts.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.prompts.delete("promptName")
   */
  delete(promptName, request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__delete(promptName, request, requestOptions)
    );
  }
  async __delete(promptName, request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const { label, version } = request;
    const _queryParams = {};
    if (label != null) {
      _queryParams["label"] = label;
    }
    if (version != null) {
      _queryParams["version"] = version.toString();
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/v2/prompts/${encodeURIComponent(promptName)}`
      ),
      method: "DELETE",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return { data: void 0, rawResponse: _response.rawResponse };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling DELETE /api/public/v2/prompts/{promptName}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var Scim = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Get SCIM Service Provider Configuration (requires organization-scoped API key)
   *
   * @param {Scim.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.scim.getServiceProviderConfig()
   */
  getServiceProviderConfig(requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__getServiceProviderConfig(requestOptions)
    );
  }
  async __getServiceProviderConfig(requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/scim/ServiceProviderConfig"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/scim/ServiceProviderConfig."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get SCIM Resource Types (requires organization-scoped API key)
   *
   * @param {Scim.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.scim.getResourceTypes()
   */
  getResourceTypes(requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__getResourceTypes(requestOptions)
    );
  }
  async __getResourceTypes(requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/scim/ResourceTypes"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/scim/ResourceTypes."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get SCIM Schemas (requires organization-scoped API key)
   *
   * @param {Scim.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.scim.getSchemas()
   */
  getSchemas(requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__getSchemas(requestOptions)
    );
  }
  async __getSchemas(requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/scim/Schemas"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/scim/Schemas."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * List users in the organization (requires organization-scoped API key)
   *
   * @param {LangfuseAPI.ListUsersRequest} request
   * @param {Scim.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.scim.listUsers()
   */
  listUsers(request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__listUsers(request, requestOptions)
    );
  }
  async __listUsers(request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const { filter, startIndex, count } = request;
    const _queryParams = {};
    if (filter != null) {
      _queryParams["filter"] = filter;
    }
    if (startIndex != null) {
      _queryParams["startIndex"] = startIndex.toString();
    }
    if (count != null) {
      _queryParams["count"] = count.toString();
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/scim/Users"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/scim/Users."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Create a new user in the organization (requires organization-scoped API key)
   *
   * @param {LangfuseAPI.CreateUserRequest} request
   * @param {Scim.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.scim.createUser({
   *         userName: "userName",
   *         name: {
   *             formatted: undefined
   *         },
   *         emails: undefined,
   *         active: undefined,
   *         password: undefined
   *     })
   */
  createUser(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__createUser(request, requestOptions)
    );
  }
  async __createUser(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/scim/Users"
      ),
      method: "POST",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling POST /api/public/scim/Users."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get a specific user by ID (requires organization-scoped API key)
   *
   * @param {string} userId
   * @param {Scim.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.scim.getUser("userId")
   */
  getUser(userId, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__getUser(userId, requestOptions)
    );
  }
  async __getUser(userId, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/scim/Users/${encodeURIComponent(userId)}`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/scim/Users/{userId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Remove a user from the organization (requires organization-scoped API key). Note that this only removes the user from the organization but does not delete the user entity itself.
   *
   * @param {string} userId
   * @param {Scim.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.scim.deleteUser("userId")
   */
  deleteUser(userId, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__deleteUser(userId, requestOptions)
    );
  }
  async __deleteUser(userId, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/scim/Users/${encodeURIComponent(userId)}`
      ),
      method: "DELETE",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling DELETE /api/public/scim/Users/{userId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var ScoreConfigs = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Create a score configuration (config). Score configs are used to define the structure of scores
   *
   * @param {LangfuseAPI.CreateScoreConfigRequest} request
   * @param {ScoreConfigs.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.scoreConfigs.create({
   *         name: "name",
   *         dataType: "NUMERIC",
   *         categories: undefined,
   *         minValue: undefined,
   *         maxValue: undefined,
   *         description: undefined
   *     })
   */
  create(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__create(request, requestOptions)
    );
  }
  async __create(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/score-configs"
      ),
      method: "POST",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling POST /api/public/score-configs."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get all score configs
   *
   * @param {LangfuseAPI.GetScoreConfigsRequest} request
   * @param {ScoreConfigs.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.scoreConfigs.get()
   */
  get(request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__get(request, requestOptions)
    );
  }
  async __get(request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const { page, limit } = request;
    const _queryParams = {};
    if (page != null) {
      _queryParams["page"] = page.toString();
    }
    if (limit != null) {
      _queryParams["limit"] = limit.toString();
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/score-configs"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/score-configs."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get a score config
   *
   * @param {string} configId - The unique langfuse identifier of a score config
   * @param {ScoreConfigs.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.scoreConfigs.getById("configId")
   */
  getById(configId, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__getById(configId, requestOptions)
    );
  }
  async __getById(configId, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/score-configs/${encodeURIComponent(configId)}`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/score-configs/{configId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Update a score config
   *
   * @param {string} configId - The unique langfuse identifier of a score config
   * @param {LangfuseAPI.UpdateScoreConfigRequest} request
   * @param {ScoreConfigs.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.scoreConfigs.update("configId", {
   *         isArchived: undefined,
   *         name: undefined,
   *         categories: undefined,
   *         minValue: undefined,
   *         maxValue: undefined,
   *         description: undefined
   *     })
   */
  update(configId, request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__update(configId, request, requestOptions)
    );
  }
  async __update(configId, request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/score-configs/${encodeURIComponent(configId)}`
      ),
      method: "PATCH",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling PATCH /api/public/score-configs/{configId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var ScoresV3 = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Get a list of scores with a polymorphic `value` field (v3).
   *
   * The `value` field type depends on `dataType`:
   * - `NUMERIC` → number
   * - `BOOLEAN` → boolean
   * - `CATEGORICAL`, `TEXT`, `CORRECTION` → string
   *
   * The response always includes the core fields: id, projectId, name,
   * value, dataType, source, timestamp, environment, createdAt, updatedAt.
   *
   * Additional field groups can be requested via the `fields` parameter:
   * - `details` — adds comment, configId, metadata
   * - `subject` — adds the subject object describing the entity the score
   *   is attached to: kind (trace, observation, session, or experiment),
   *   id, and traceId for observation-level scores
   * - `annotation` — adds authorUserId, queueId
   *
   * Unknown group names return HTTP 400.
   *
   * @param {LangfuseAPI.GetScoresV3Request} request
   * @param {ScoresV3.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.scoresV3.getManyV3()
   */
  getManyV3(request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__getManyV3(request, requestOptions)
    );
  }
  async __getManyV3(request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const {
      limit,
      cursor,
      fields,
      id,
      name,
      source,
      dataType,
      environment,
      configId,
      queueId,
      authorUserId,
      value,
      valueMin,
      valueMax,
      traceId: traceId2,
      sessionId,
      observationId,
      experimentId,
      fromTimestamp,
      toTimestamp
    } = request;
    const _queryParams = {};
    if (limit != null) {
      _queryParams["limit"] = limit.toString();
    }
    if (cursor != null) {
      _queryParams["cursor"] = cursor;
    }
    if (fields != null) {
      _queryParams["fields"] = fields;
    }
    if (id != null) {
      _queryParams["id"] = id;
    }
    if (name != null) {
      _queryParams["name"] = name;
    }
    if (source != null) {
      _queryParams["source"] = source;
    }
    if (dataType != null) {
      _queryParams["dataType"] = dataType;
    }
    if (environment != null) {
      _queryParams["environment"] = environment;
    }
    if (configId != null) {
      _queryParams["configId"] = configId;
    }
    if (queueId != null) {
      _queryParams["queueId"] = queueId;
    }
    if (authorUserId != null) {
      _queryParams["authorUserId"] = authorUserId;
    }
    if (value != null) {
      _queryParams["value"] = value;
    }
    if (valueMin != null) {
      _queryParams["valueMin"] = valueMin.toString();
    }
    if (valueMax != null) {
      _queryParams["valueMax"] = valueMax.toString();
    }
    if (traceId2 != null) {
      _queryParams["traceId"] = traceId2;
    }
    if (sessionId != null) {
      _queryParams["sessionId"] = sessionId;
    }
    if (observationId != null) {
      _queryParams["observationId"] = observationId;
    }
    if (experimentId != null) {
      _queryParams["experimentId"] = experimentId;
    }
    if (fromTimestamp != null) {
      _queryParams["fromTimestamp"] = fromTimestamp;
    }
    if (toTimestamp != null) {
      _queryParams["toTimestamp"] = toTimestamp;
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/v3/scores"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/v3/scores."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var Sessions = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Get sessions.
   *
   * This legacy endpoint is not recommended for new data extraction workflows.
   * Use the v2 observations endpoint with a bounded time range and group rows by
   * `sessionId` instead:
   * `GET /api/public/v2/observations?fromStartTime=<from>&toStartTime=<to>`.
   *
   * @deprecated On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on November 16, 2026. In Langfuse v4, read session data via `GET /api/public/v2/observations?filter=<urlencoded sessionId filter>&fromStartTime=<from>&toStartTime=<to>`. Self-hosted deployments are unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4.
   *
   * @param {LangfuseAPI.GetSessionsRequest} request
   * @param {Sessions.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.sessions.list()
   */
  list(request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__list(request, requestOptions)
    );
  }
  async __list(request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const { page, limit, fromTimestamp, toTimestamp, environment } = request;
    const _queryParams = {};
    if (page != null) {
      _queryParams["page"] = page.toString();
    }
    if (limit != null) {
      _queryParams["limit"] = limit.toString();
    }
    if (fromTimestamp != null) {
      _queryParams["fromTimestamp"] = fromTimestamp;
    }
    if (toTimestamp != null) {
      _queryParams["toTimestamp"] = toTimestamp;
    }
    if (environment != null) {
      if (Array.isArray(environment)) {
        _queryParams["environment"] = environment.map((item) => item);
      } else {
        _queryParams["environment"] = environment;
      }
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/sessions"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/sessions."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get a session.
   *
   * Please note that `traces` on this endpoint are not paginated. For large
   * sessions or new data extraction workflows, use the v2 observations endpoint
   * with a URL-encoded `sessionId` filter and a bounded time range:
   * `GET /api/public/v2/observations?filter=<sessionId filter>&fromStartTime=<from>&toStartTime=<to>`.
   *
   * @deprecated On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on November 16, 2026. In Langfuse v4, read session data via `GET /api/public/v2/observations?filter=<urlencoded sessionId filter>&fromStartTime=<from>&toStartTime=<to>`. Self-hosted deployments are unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4.
   *
   * @param {string} sessionId - The unique id of a session
   * @param {Sessions.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.sessions.get("sessionId")
   */
  get(sessionId, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__get(sessionId, requestOptions)
    );
  }
  async __get(sessionId, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/sessions/${encodeURIComponent(sessionId)}`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/sessions/{sessionId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var Trace = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * Get a specific trace
   *
   * @deprecated On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on November 16, 2026. In Langfuse v4, read span and trace data via `GET /api/public/v2/observations?fromStartTime=<from>&toStartTime=<to>`. Self-hosted deployments are unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4.
   *
   * @param {string} traceId - The unique langfuse identifier of a trace
   * @param {LangfuseAPI.GetTraceRequest} request
   * @param {Trace.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.trace.get("traceId")
   */
  get(traceId2, request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__get(traceId2, request, requestOptions)
    );
  }
  async __get(traceId2, request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const { fields } = request;
    const _queryParams = {};
    if (fields != null) {
      _queryParams["fields"] = fields;
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/traces/${encodeURIComponent(traceId2)}`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/traces/{traceId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Delete a specific trace
   *
   * @param {string} traceId - The unique langfuse identifier of the trace to delete
   * @param {Trace.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.trace.delete("traceId")
   */
  delete(traceId2, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__delete(traceId2, requestOptions)
    );
  }
  async __delete(traceId2, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/traces/${encodeURIComponent(traceId2)}`
      ),
      method: "DELETE",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling DELETE /api/public/traces/{traceId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get list of traces
   *
   * @deprecated On Langfuse Cloud, Langfuse v3 is deprecated and this endpoint will be removed on November 16, 2026. In Langfuse v4, read span and trace data via `GET /api/public/v2/observations?fromStartTime=<from>&toStartTime=<to>`. Self-hosted deployments are unaffected by this date; the endpoint becomes unavailable when they upgrade to Langfuse v4.
   *
   * @param {LangfuseAPI.GetTracesRequest} request
   * @param {Trace.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.trace.list()
   */
  list(request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__list(request, requestOptions)
    );
  }
  async __list(request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const {
      page,
      limit,
      userId,
      name,
      sessionId,
      fromTimestamp,
      toTimestamp,
      orderBy,
      tags,
      version,
      release,
      environment,
      fields,
      filter
    } = request;
    const _queryParams = {};
    if (page != null) {
      _queryParams["page"] = page.toString();
    }
    if (limit != null) {
      _queryParams["limit"] = limit.toString();
    }
    if (userId != null) {
      _queryParams["userId"] = userId;
    }
    if (name != null) {
      _queryParams["name"] = name;
    }
    if (sessionId != null) {
      _queryParams["sessionId"] = sessionId;
    }
    if (fromTimestamp != null) {
      _queryParams["fromTimestamp"] = fromTimestamp;
    }
    if (toTimestamp != null) {
      _queryParams["toTimestamp"] = toTimestamp;
    }
    if (orderBy != null) {
      _queryParams["orderBy"] = orderBy;
    }
    if (tags != null) {
      if (Array.isArray(tags)) {
        _queryParams["tags"] = tags.map((item) => item);
      } else {
        _queryParams["tags"] = tags;
      }
    }
    if (version != null) {
      _queryParams["version"] = version;
    }
    if (release != null) {
      _queryParams["release"] = release;
    }
    if (environment != null) {
      if (Array.isArray(environment)) {
        _queryParams["environment"] = environment.map((item) => item);
      } else {
        _queryParams["environment"] = environment;
      }
    }
    if (fields != null) {
      _queryParams["fields"] = fields;
    }
    if (filter != null) {
      _queryParams["filter"] = filter;
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/traces"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/traces."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Delete multiple traces
   *
   * @param {LangfuseAPI.DeleteTracesRequest} request
   * @param {Trace.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.trace.deleteMultiple({
   *         traceIds: ["traceIds", "traceIds"]
   *     })
   */
  deleteMultiple(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__deleteMultiple(request, requestOptions)
    );
  }
  async __deleteMultiple(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/traces"
      ),
      method: "DELETE",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling DELETE /api/public/traces."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var DashboardWidgets = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * List dashboard widgets in the project, ordered by most recently
   * updated first.
   *
   * Responses may include legacy `traces` widgets created before this
   * API existed. New widgets cannot be created with `view: traces`.
   *
   * @param {LangfuseAPI.unstable.ListDashboardWidgetsRequest} request
   * @param {DashboardWidgets.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.unstable.BadRequestError}
   * @throws {@link LangfuseAPI.unstable.UnauthorizedError}
   * @throws {@link LangfuseAPI.unstable.AccessDeniedError}
   * @throws {@link LangfuseAPI.unstable.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.unstable.TooManyRequestsError}
   * @throws {@link LangfuseAPI.unstable.InternalServerError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.unstable.dashboardWidgets.list()
   */
  list(request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__list(request, requestOptions)
    );
  }
  async __list(request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const { page, limit } = request;
    const _queryParams = {};
    if (page != null) {
      _queryParams["page"] = page.toString();
    }
    if (limit != null) {
      _queryParams["limit"] = limit.toString();
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/unstable/dashboard-widgets"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new unstable_exports.BadRequestError(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new unstable_exports.UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new unstable_exports.AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new unstable_exports.MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 429:
          throw new unstable_exports.TooManyRequestsError(
            _response.error.body,
            _response.rawResponse
          );
        case 500:
          throw new unstable_exports.InternalServerError(
            _response.error.body,
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/unstable/dashboard-widgets."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Create a dashboard widget (a standalone chart definition you place on
   * any dashboard).
   *
   * This endpoint creates the widget only; place it on a dashboard via
   * `POST /dashboards/{dashboardId}/placements`.
   *
   * Supported views are `observations`, `scores-numeric`, `scores-boolean`, and `scores-categorical`.
   * The legacy `traces` view is not supported by this unstable API.
   * Widgets are created as v2 internally.
   *
   * `chartConfig` is optional and defaults to the plain config for
   * `chartType`; when `chartConfig.type` is given it must match
   * `chartType`.
   *
   * Unstable API note:
   * - This surface may evolve while dashboard/widget APIs are being finalized.
   *
   * @param {LangfuseAPI.unstable.CreateDashboardWidgetRequest} request
   * @param {DashboardWidgets.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.unstable.BadRequestError}
   * @throws {@link LangfuseAPI.unstable.UnauthorizedError}
   * @throws {@link LangfuseAPI.unstable.AccessDeniedError}
   * @throws {@link LangfuseAPI.unstable.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.unstable.TooManyRequestsError}
   * @throws {@link LangfuseAPI.unstable.InternalServerError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.unstable.dashboardWidgets.create({
   *         name: "Total cost by model",
   *         description: "Total model cost grouped by provided model name.",
   *         view: "observations",
   *         dimensions: [{
   *                 field: "providedModelName"
   *             }],
   *         metrics: [{
   *                 measure: "totalCost",
   *                 agg: "sum"
   *             }],
   *         filters: [],
   *         chartType: "HORIZONTAL_BAR",
   *         chartConfig: {
   *             row_limit: 10
   *         }
   *     })
   */
  create(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__create(request, requestOptions)
    );
  }
  async __create(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/unstable/dashboard-widgets"
      ),
      method: "POST",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new unstable_exports.BadRequestError(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new unstable_exports.UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new unstable_exports.AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new unstable_exports.MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 429:
          throw new unstable_exports.TooManyRequestsError(
            _response.error.body,
            _response.rawResponse
          );
        case 500:
          throw new unstable_exports.InternalServerError(
            _response.error.body,
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling POST /api/public/unstable/dashboard-widgets."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get a dashboard widget by id.
   *
   * The response may use `view: traces` for legacy widgets.
   *
   * @param {string} widgetId
   * @param {DashboardWidgets.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.unstable.BadRequestError}
   * @throws {@link LangfuseAPI.unstable.UnauthorizedError}
   * @throws {@link LangfuseAPI.unstable.AccessDeniedError}
   * @throws {@link LangfuseAPI.unstable.NotFoundError}
   * @throws {@link LangfuseAPI.unstable.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.unstable.TooManyRequestsError}
   * @throws {@link LangfuseAPI.unstable.InternalServerError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.unstable.dashboardWidgets.get("widgetId")
   */
  get(widgetId, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__get(widgetId, requestOptions)
    );
  }
  async __get(widgetId, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/unstable/dashboard-widgets/${encodeURIComponent(widgetId)}`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new unstable_exports.BadRequestError(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new unstable_exports.UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new unstable_exports.AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new unstable_exports.NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new unstable_exports.MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 429:
          throw new unstable_exports.TooManyRequestsError(
            _response.error.body,
            _response.rawResponse
          );
        case 500:
          throw new unstable_exports.InternalServerError(
            _response.error.body,
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/unstable/dashboard-widgets/{widgetId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Update a dashboard widget.
   *
   * All fields are optional; at least one field is required.
   * Changing `chartType` without sending `chartConfig` resets the config
   * to the new chart type's defaults. When `chartConfig.type` is given
   * it must match the widget's (possibly updated) `chartType`.
   *
   * `view` cannot be changed to the legacy `traces` value. Existing
   * `traces` widgets may be updated on other fields.
   *
   * @param {string} widgetId
   * @param {LangfuseAPI.unstable.UpdateDashboardWidgetRequest} request
   * @param {DashboardWidgets.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.unstable.BadRequestError}
   * @throws {@link LangfuseAPI.unstable.UnauthorizedError}
   * @throws {@link LangfuseAPI.unstable.AccessDeniedError}
   * @throws {@link LangfuseAPI.unstable.NotFoundError}
   * @throws {@link LangfuseAPI.unstable.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.unstable.TooManyRequestsError}
   * @throws {@link LangfuseAPI.unstable.InternalServerError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.unstable.dashboardWidgets.update("widgetId", {
   *         name: undefined,
   *         description: undefined,
   *         view: undefined,
   *         dimensions: undefined,
   *         metrics: undefined,
   *         filters: undefined,
   *         chartType: undefined,
   *         chartConfig: undefined
   *     })
   */
  update(widgetId, request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__update(widgetId, request, requestOptions)
    );
  }
  async __update(widgetId, request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/unstable/dashboard-widgets/${encodeURIComponent(widgetId)}`
      ),
      method: "PATCH",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new unstable_exports.BadRequestError(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new unstable_exports.UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new unstable_exports.AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new unstable_exports.NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new unstable_exports.MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 429:
          throw new unstable_exports.TooManyRequestsError(
            _response.error.body,
            _response.rawResponse
          );
        case 500:
          throw new unstable_exports.InternalServerError(
            _response.error.body,
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling PATCH /api/public/unstable/dashboard-widgets/{widgetId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Delete a dashboard widget.
   *
   * The API returns `409` while the widget is still placed on a dashboard.
   * Remove those placements first.
   *
   * @param {string} widgetId
   * @param {DashboardWidgets.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.unstable.BadRequestError}
   * @throws {@link LangfuseAPI.unstable.UnauthorizedError}
   * @throws {@link LangfuseAPI.unstable.AccessDeniedError}
   * @throws {@link LangfuseAPI.unstable.NotFoundError}
   * @throws {@link LangfuseAPI.unstable.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.unstable.ConflictError}
   * @throws {@link LangfuseAPI.unstable.TooManyRequestsError}
   * @throws {@link LangfuseAPI.unstable.InternalServerError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.unstable.dashboardWidgets.delete("widgetId")
   */
  delete(widgetId, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__delete(widgetId, requestOptions)
    );
  }
  async __delete(widgetId, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/unstable/dashboard-widgets/${encodeURIComponent(widgetId)}`
      ),
      method: "DELETE",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new unstable_exports.BadRequestError(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new unstable_exports.UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new unstable_exports.AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new unstable_exports.NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new unstable_exports.MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 409:
          throw new unstable_exports.ConflictError(
            _response.error.body,
            _response.rawResponse
          );
        case 429:
          throw new unstable_exports.TooManyRequestsError(
            _response.error.body,
            _response.rawResponse
          );
        case 500:
          throw new unstable_exports.InternalServerError(
            _response.error.body,
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling DELETE /api/public/unstable/dashboard-widgets/{widgetId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var Dashboards = class {
  constructor(_options) {
    this._options = _options;
  }
  /**
   * List dashboards in the project, ordered by most recently updated
   * first.
   *
   * @param {LangfuseAPI.unstable.ListDashboardsRequest} request
   * @param {Dashboards.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.unstable.BadRequestError}
   * @throws {@link LangfuseAPI.unstable.UnauthorizedError}
   * @throws {@link LangfuseAPI.unstable.AccessDeniedError}
   * @throws {@link LangfuseAPI.unstable.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.unstable.TooManyRequestsError}
   * @throws {@link LangfuseAPI.unstable.InternalServerError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.unstable.dashboards.list()
   */
  list(request = {}, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__list(request, requestOptions)
    );
  }
  async __list(request = {}, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    const { page, limit } = request;
    const _queryParams = {};
    if (page != null) {
      _queryParams["page"] = page.toString();
    }
    if (limit != null) {
      _queryParams["limit"] = limit.toString();
    }
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/unstable/dashboards"
      ),
      method: "GET",
      headers: _headers,
      queryParameters: { ..._queryParams, ...requestOptions == null ? void 0 : requestOptions.queryParams },
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new unstable_exports.BadRequestError(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new unstable_exports.UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new unstable_exports.AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new unstable_exports.MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 429:
          throw new unstable_exports.TooManyRequestsError(
            _response.error.body,
            _response.rawResponse
          );
        case 500:
          throw new unstable_exports.InternalServerError(
            _response.error.body,
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/unstable/dashboards."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Create a dashboard.
   *
   * @param {LangfuseAPI.unstable.CreateDashboardRequest} request
   * @param {Dashboards.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.unstable.BadRequestError}
   * @throws {@link LangfuseAPI.unstable.UnauthorizedError}
   * @throws {@link LangfuseAPI.unstable.AccessDeniedError}
   * @throws {@link LangfuseAPI.unstable.NotFoundError}
   * @throws {@link LangfuseAPI.unstable.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.unstable.TooManyRequestsError}
   * @throws {@link LangfuseAPI.unstable.InternalServerError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.unstable.dashboards.create({
   *         name: "name",
   *         description: undefined,
   *         definition: undefined,
   *         filters: undefined
   *     })
   */
  create(request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__create(request, requestOptions)
    );
  }
  async __create(request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        "/api/public/unstable/dashboards"
      ),
      method: "POST",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new unstable_exports.BadRequestError(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new unstable_exports.UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new unstable_exports.AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new unstable_exports.NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new unstable_exports.MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 429:
          throw new unstable_exports.TooManyRequestsError(
            _response.error.body,
            _response.rawResponse
          );
        case 500:
          throw new unstable_exports.InternalServerError(
            _response.error.body,
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling POST /api/public/unstable/dashboards."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Get a dashboard by id.
   *
   * @param {string} dashboardId
   * @param {Dashboards.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.unstable.BadRequestError}
   * @throws {@link LangfuseAPI.unstable.UnauthorizedError}
   * @throws {@link LangfuseAPI.unstable.AccessDeniedError}
   * @throws {@link LangfuseAPI.unstable.NotFoundError}
   * @throws {@link LangfuseAPI.unstable.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.unstable.TooManyRequestsError}
   * @throws {@link LangfuseAPI.unstable.InternalServerError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.unstable.dashboards.get("dashboardId")
   */
  get(dashboardId, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__get(dashboardId, requestOptions)
    );
  }
  async __get(dashboardId, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/unstable/dashboards/${encodeURIComponent(dashboardId)}`
      ),
      method: "GET",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new unstable_exports.BadRequestError(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new unstable_exports.UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new unstable_exports.AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new unstable_exports.NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new unstable_exports.MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 429:
          throw new unstable_exports.TooManyRequestsError(
            _response.error.body,
            _response.rawResponse
          );
        case 500:
          throw new unstable_exports.InternalServerError(
            _response.error.body,
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling GET /api/public/unstable/dashboards/{dashboardId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Update a dashboard's name, description, definition, or filters.
   *
   * @param {string} dashboardId
   * @param {LangfuseAPI.unstable.UpdateDashboardRequest} request
   * @param {Dashboards.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.unstable.BadRequestError}
   * @throws {@link LangfuseAPI.unstable.UnauthorizedError}
   * @throws {@link LangfuseAPI.unstable.AccessDeniedError}
   * @throws {@link LangfuseAPI.unstable.NotFoundError}
   * @throws {@link LangfuseAPI.unstable.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.unstable.TooManyRequestsError}
   * @throws {@link LangfuseAPI.unstable.InternalServerError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.unstable.dashboards.update("dashboardId", {
   *         name: undefined,
   *         description: undefined,
   *         definition: undefined,
   *         filters: undefined
   *     })
   */
  update(dashboardId, request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__update(dashboardId, request, requestOptions)
    );
  }
  async __update(dashboardId, request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/unstable/dashboards/${encodeURIComponent(dashboardId)}`
      ),
      method: "PATCH",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new unstable_exports.BadRequestError(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new unstable_exports.UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new unstable_exports.AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new unstable_exports.NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new unstable_exports.MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 429:
          throw new unstable_exports.TooManyRequestsError(
            _response.error.body,
            _response.rawResponse
          );
        case 500:
          throw new unstable_exports.InternalServerError(
            _response.error.body,
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling PATCH /api/public/unstable/dashboards/{dashboardId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Delete a dashboard.
   *
   * @param {string} dashboardId
   * @param {Dashboards.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.unstable.BadRequestError}
   * @throws {@link LangfuseAPI.unstable.UnauthorizedError}
   * @throws {@link LangfuseAPI.unstable.AccessDeniedError}
   * @throws {@link LangfuseAPI.unstable.NotFoundError}
   * @throws {@link LangfuseAPI.unstable.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.unstable.TooManyRequestsError}
   * @throws {@link LangfuseAPI.unstable.InternalServerError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.unstable.dashboards.delete("dashboardId")
   */
  delete(dashboardId, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__delete(dashboardId, requestOptions)
    );
  }
  async __delete(dashboardId, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/unstable/dashboards/${encodeURIComponent(dashboardId)}`
      ),
      method: "DELETE",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new unstable_exports.BadRequestError(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new unstable_exports.UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new unstable_exports.AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new unstable_exports.NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new unstable_exports.MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 429:
          throw new unstable_exports.TooManyRequestsError(
            _response.error.body,
            _response.rawResponse
          );
        case 500:
          throw new unstable_exports.InternalServerError(
            _response.error.body,
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling DELETE /api/public/unstable/dashboards/{dashboardId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Add a placement to a dashboard grid (see `DashboardPlacement` for
   * grid semantics).
   *
   * `id` and the position fields are optional: when omitted, the
   * placement gets a server-generated id and is appended below all
   * existing tiles as a 6x6 tile. Returns the created placement.
   *
   * The referenced widget must exist in the same project or be a
   * Langfuse-managed widget. The API returns `409` if a placement with
   * the same `id` already exists on the dashboard.
   *
   * @param {string} dashboardId
   * @param {LangfuseAPI.unstable.CreateDashboardPlacementRequest} request
   * @param {Dashboards.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.unstable.BadRequestError}
   * @throws {@link LangfuseAPI.unstable.UnauthorizedError}
   * @throws {@link LangfuseAPI.unstable.AccessDeniedError}
   * @throws {@link LangfuseAPI.unstable.NotFoundError}
   * @throws {@link LangfuseAPI.unstable.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.unstable.ConflictError}
   * @throws {@link LangfuseAPI.unstable.TooManyRequestsError}
   * @throws {@link LangfuseAPI.unstable.InternalServerError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.unstable.dashboards.addPlacement("dashboardId", {
   *         type: "widget",
   *         id: undefined,
   *         widgetId: "widgetId",
   *         x: undefined,
   *         y: undefined,
   *         width: undefined,
   *         height: undefined
   *     })
   */
  addPlacement(dashboardId, request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__addPlacement(dashboardId, request, requestOptions)
    );
  }
  async __addPlacement(dashboardId, request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/unstable/dashboards/${encodeURIComponent(dashboardId)}/placements`
      ),
      method: "POST",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new unstable_exports.BadRequestError(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new unstable_exports.UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new unstable_exports.AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new unstable_exports.NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new unstable_exports.MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 409:
          throw new unstable_exports.ConflictError(
            _response.error.body,
            _response.rawResponse
          );
        case 429:
          throw new unstable_exports.TooManyRequestsError(
            _response.error.body,
            _response.rawResponse
          );
        case 500:
          throw new unstable_exports.InternalServerError(
            _response.error.body,
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling POST /api/public/unstable/dashboards/{dashboardId}/placements."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Move or resize a placement. All fields are optional; at least one is
   * required. Omitted fields keep their current value. The placement's
   * content (widget/preset reference) and id cannot change — delete and
   * re-add the placement to swap content. Returns the updated placement.
   *
   * @param {string} dashboardId
   * @param {string} placementId
   * @param {LangfuseAPI.unstable.UpdateDashboardPlacementRequest} request
   * @param {Dashboards.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.unstable.BadRequestError}
   * @throws {@link LangfuseAPI.unstable.UnauthorizedError}
   * @throws {@link LangfuseAPI.unstable.AccessDeniedError}
   * @throws {@link LangfuseAPI.unstable.NotFoundError}
   * @throws {@link LangfuseAPI.unstable.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.unstable.TooManyRequestsError}
   * @throws {@link LangfuseAPI.unstable.InternalServerError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.unstable.dashboards.updatePlacement("dashboardId", "placementId", {
   *         x: undefined,
   *         y: undefined,
   *         width: undefined,
   *         height: undefined
   *     })
   */
  updatePlacement(dashboardId, placementId, request, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__updatePlacement(dashboardId, placementId, request, requestOptions)
    );
  }
  async __updatePlacement(dashboardId, placementId, request, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/unstable/dashboards/${encodeURIComponent(dashboardId)}/placements/${encodeURIComponent(placementId)}`
      ),
      method: "PATCH",
      headers: _headers,
      contentType: "application/json",
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      requestType: "json",
      body: request,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new unstable_exports.BadRequestError(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new unstable_exports.UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new unstable_exports.AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new unstable_exports.NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new unstable_exports.MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 429:
          throw new unstable_exports.TooManyRequestsError(
            _response.error.body,
            _response.rawResponse
          );
        case 500:
          throw new unstable_exports.InternalServerError(
            _response.error.body,
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling PATCH /api/public/unstable/dashboards/{dashboardId}/placements/{placementId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  /**
   * Remove a placement from a dashboard grid without deleting the referenced widget.
   *
   * @param {string} dashboardId
   * @param {string} placementId
   * @param {Dashboards.RequestOptions} requestOptions - Request-specific configuration.
   *
   * @throws {@link LangfuseAPI.unstable.BadRequestError}
   * @throws {@link LangfuseAPI.unstable.UnauthorizedError}
   * @throws {@link LangfuseAPI.unstable.AccessDeniedError}
   * @throws {@link LangfuseAPI.unstable.NotFoundError}
   * @throws {@link LangfuseAPI.unstable.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.unstable.TooManyRequestsError}
   * @throws {@link LangfuseAPI.unstable.InternalServerError}
   * @throws {@link LangfuseAPI.Error}
   * @throws {@link LangfuseAPI.UnauthorizedError}
   * @throws {@link LangfuseAPI.AccessDeniedError}
   * @throws {@link LangfuseAPI.MethodNotAllowedError}
   * @throws {@link LangfuseAPI.NotFoundError}
   *
   * @example
   *     await client.unstable.dashboards.deletePlacement("dashboardId", "placementId")
   */
  deletePlacement(dashboardId, placementId, requestOptions) {
    return HttpResponsePromise.fromPromise(
      this.__deletePlacement(dashboardId, placementId, requestOptions)
    );
  }
  async __deletePlacement(dashboardId, placementId, requestOptions) {
    var _a2, _b, _c, _d, _e, _f, _g, _h;
    let _headers = mergeHeaders(
      (_a2 = this._options) == null ? void 0 : _a2.headers,
      mergeOnlyDefinedHeaders({
        Authorization: await this._getAuthorizationHeader(),
        "X-Langfuse-Sdk-Name": (_c = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkName) != null ? _c : (_b = this._options) == null ? void 0 : _b.xLangfuseSdkName,
        "X-Langfuse-Sdk-Version": (_e = requestOptions == null ? void 0 : requestOptions.xLangfuseSdkVersion) != null ? _e : (_d = this._options) == null ? void 0 : _d.xLangfuseSdkVersion,
        "X-Langfuse-Public-Key": (_g = requestOptions == null ? void 0 : requestOptions.xLangfusePublicKey) != null ? _g : (_f = this._options) == null ? void 0 : _f.xLangfusePublicKey
      }),
      requestOptions == null ? void 0 : requestOptions.headers
    );
    const _response = await fetcher({
      url: url_exports.join(
        (_h = await Supplier.get(this._options.baseUrl)) != null ? _h : await Supplier.get(this._options.environment),
        `/api/public/unstable/dashboards/${encodeURIComponent(dashboardId)}/placements/${encodeURIComponent(placementId)}`
      ),
      method: "DELETE",
      headers: _headers,
      queryParameters: requestOptions == null ? void 0 : requestOptions.queryParams,
      timeoutMs: (requestOptions == null ? void 0 : requestOptions.timeoutInSeconds) != null ? requestOptions.timeoutInSeconds * 1e3 : 6e4,
      maxRetries: requestOptions == null ? void 0 : requestOptions.maxRetries,
      abortSignal: requestOptions == null ? void 0 : requestOptions.abortSignal
    });
    if (_response.ok) {
      return {
        data: _response.body,
        rawResponse: _response.rawResponse
      };
    }
    if (_response.error.reason === "status-code") {
      switch (_response.error.statusCode) {
        case 400:
          throw new unstable_exports.BadRequestError(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new unstable_exports.UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new unstable_exports.AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new unstable_exports.NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new unstable_exports.MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 429:
          throw new unstable_exports.TooManyRequestsError(
            _response.error.body,
            _response.rawResponse
          );
        case 500:
          throw new unstable_exports.InternalServerError(
            _response.error.body,
            _response.rawResponse
          );
        case 400:
          throw new Error2(
            _response.error.body,
            _response.rawResponse
          );
        case 401:
          throw new UnauthorizedError(
            _response.error.body,
            _response.rawResponse
          );
        case 403:
          throw new AccessDeniedError(
            _response.error.body,
            _response.rawResponse
          );
        case 405:
          throw new MethodNotAllowedError(
            _response.error.body,
            _response.rawResponse
          );
        case 404:
          throw new NotFoundError(
            _response.error.body,
            _response.rawResponse
          );
        default:
          throw new LangfuseAPIError({
            statusCode: _response.error.statusCode,
            body: _response.error.body,
            rawResponse: _response.rawResponse
          });
      }
    }
    switch (_response.error.reason) {
      case "non-json":
        throw new LangfuseAPIError({
          statusCode: _response.error.statusCode,
          body: _response.error.rawBody,
          rawResponse: _response.rawResponse
        });
      case "timeout":
        throw new LangfuseAPITimeoutError(
          "Timeout exceeded when calling DELETE /api/public/unstable/dashboards/{dashboardId}/placements/{placementId}."
        );
      case "unknown":
        throw new LangfuseAPIError({
          message: _response.error.errorMessage,
          rawResponse: _response.rawResponse
        });
    }
  }
  async _getAuthorizationHeader() {
    const username = await Supplier.get(this._options.username);
    const password = await Supplier.get(this._options.password);
    if (username != null && password != null) {
      return BasicAuth.toAuthorizationHeader({
        username,
        password
      });
    }
    return void 0;
  }
};
var Unstable = class {
  constructor(_options) {
    this._options = _options;
  }
  get dashboardWidgets() {
    var _a2;
    return (_a2 = this._dashboardWidgets) != null ? _a2 : this._dashboardWidgets = new DashboardWidgets(this._options);
  }
  get dashboards() {
    var _a2;
    return (_a2 = this._dashboards) != null ? _a2 : this._dashboards = new Dashboards(this._options);
  }
};
var LangfuseAPIClient = class {
  constructor(_options) {
    this._options = {
      ..._options,
      headers: mergeHeaders(
        {
          "X-Langfuse-Sdk-Name": _options == null ? void 0 : _options.xLangfuseSdkName,
          "X-Langfuse-Sdk-Version": _options == null ? void 0 : _options.xLangfuseSdkVersion,
          "X-Langfuse-Public-Key": _options == null ? void 0 : _options.xLangfusePublicKey
        },
        _options == null ? void 0 : _options.headers
      )
    };
  }
  get annotationQueues() {
    var _a2;
    return (_a2 = this._annotationQueues) != null ? _a2 : this._annotationQueues = new AnnotationQueues(this._options);
  }
  get blobStorageIntegrations() {
    var _a2;
    return (_a2 = this._blobStorageIntegrations) != null ? _a2 : this._blobStorageIntegrations = new BlobStorageIntegrations(
      this._options
    );
  }
  get comments() {
    var _a2;
    return (_a2 = this._comments) != null ? _a2 : this._comments = new Comments(this._options);
  }
  get datasetItems() {
    var _a2;
    return (_a2 = this._datasetItems) != null ? _a2 : this._datasetItems = new DatasetItems(this._options);
  }
  get datasetRunItems() {
    var _a2;
    return (_a2 = this._datasetRunItems) != null ? _a2 : this._datasetRunItems = new DatasetRunItems(this._options);
  }
  get datasets() {
    var _a2;
    return (_a2 = this._datasets) != null ? _a2 : this._datasets = new Datasets(this._options);
  }
  get evaluationRules() {
    var _a2;
    return (_a2 = this._evaluationRules) != null ? _a2 : this._evaluationRules = new EvaluationRules(this._options);
  }
  get evaluators() {
    var _a2;
    return (_a2 = this._evaluators) != null ? _a2 : this._evaluators = new Evaluators(this._options);
  }
  get experiments() {
    var _a2;
    return (_a2 = this._experiments) != null ? _a2 : this._experiments = new Experiments(this._options);
  }
  get feedback() {
    var _a2;
    return (_a2 = this._feedback) != null ? _a2 : this._feedback = new Feedback(this._options);
  }
  get health() {
    var _a2;
    return (_a2 = this._health) != null ? _a2 : this._health = new Health(this._options);
  }
  get ingestion() {
    var _a2;
    return (_a2 = this._ingestion) != null ? _a2 : this._ingestion = new Ingestion(this._options);
  }
  get legacy() {
    var _a2;
    return (_a2 = this._legacy) != null ? _a2 : this._legacy = new Legacy(this._options);
  }
  get llmConnections() {
    var _a2;
    return (_a2 = this._llmConnections) != null ? _a2 : this._llmConnections = new LlmConnections(this._options);
  }
  get media() {
    var _a2;
    return (_a2 = this._media) != null ? _a2 : this._media = new Media(this._options);
  }
  get metrics() {
    var _a2;
    return (_a2 = this._metrics) != null ? _a2 : this._metrics = new Metrics(this._options);
  }
  get models() {
    var _a2;
    return (_a2 = this._models) != null ? _a2 : this._models = new Models(this._options);
  }
  get observations() {
    var _a2;
    return (_a2 = this._observations) != null ? _a2 : this._observations = new Observations(this._options);
  }
  get opentelemetry() {
    var _a2;
    return (_a2 = this._opentelemetry) != null ? _a2 : this._opentelemetry = new Opentelemetry(this._options);
  }
  get organizations() {
    var _a2;
    return (_a2 = this._organizations) != null ? _a2 : this._organizations = new Organizations(this._options);
  }
  get projects() {
    var _a2;
    return (_a2 = this._projects) != null ? _a2 : this._projects = new Projects(this._options);
  }
  get promptVersion() {
    var _a2;
    return (_a2 = this._promptVersion) != null ? _a2 : this._promptVersion = new PromptVersion(this._options);
  }
  get prompts() {
    var _a2;
    return (_a2 = this._prompts) != null ? _a2 : this._prompts = new Prompts(this._options);
  }
  get scim() {
    var _a2;
    return (_a2 = this._scim) != null ? _a2 : this._scim = new Scim(this._options);
  }
  get scoreConfigs() {
    var _a2;
    return (_a2 = this._scoreConfigs) != null ? _a2 : this._scoreConfigs = new ScoreConfigs(this._options);
  }
  get scoresV3() {
    var _a2;
    return (_a2 = this._scoresV3) != null ? _a2 : this._scoresV3 = new ScoresV3(this._options);
  }
  get scores() {
    var _a2;
    return (_a2 = this._scores) != null ? _a2 : this._scores = new Scores(this._options);
  }
  get sessions() {
    var _a2;
    return (_a2 = this._sessions) != null ? _a2 : this._sessions = new Sessions(this._options);
  }
  get trace() {
    var _a2;
    return (_a2 = this._trace) != null ? _a2 : this._trace = new Trace(this._options);
  }
  get unstable() {
    var _a2;
    return (_a2 = this._unstable) != null ? _a2 : this._unstable = new Unstable(this._options);
  }
};
var LangfuseMedia = class {
  /**
   * Creates a new LangfuseMedia instance.
   *
   * @param params - Media parameters specifying the source and content
   *
   * @example
   * ```typescript
   * // Create from base64 data URI
   * const media = new LangfuseMedia({
   *   source: "base64_data_uri",
   *   base64DataUri: "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQ..."
   * });
   * ```
   */
  constructor(params) {
    const { source } = params;
    this._source = source;
    if (source === "base64_data_uri") {
      const [contentBytesParsed, contentTypeParsed] = this.parseBase64DataUri(
        params.base64DataUri
      );
      this._contentBytes = contentBytesParsed;
      this._contentType = contentTypeParsed;
    } else {
      this._contentBytes = params.contentBytes;
      this._contentType = params.contentType;
    }
  }
  /**
   * Parses a base64 data URI to extract content bytes and type.
   *
   * @param data - The base64 data URI string
   * @returns Tuple of [contentBytes, contentType] or [undefined, undefined] on error
   * @private
   */
  parseBase64DataUri(data) {
    try {
      if (!data || typeof data !== "string") {
        throw new Error("Data URI is not a string");
      }
      if (!data.startsWith("data:")) {
        throw new Error("Data URI does not start with 'data:'");
      }
      const [header, actualData] = data.slice(5).split(",", 2);
      if (!header || !actualData) {
        throw new Error("Invalid URI");
      }
      const headerParts = header.split(";");
      if (!headerParts.includes("base64")) {
        throw new Error("Data is not base64 encoded");
      }
      const contentType = headerParts[0];
      if (!contentType) {
        throw new Error("Content type is empty");
      }
      return [base64ToBytes(actualData), contentType];
    } catch (error) {
      getGlobalLogger().error("Error parsing base64 data URI", error);
      return [void 0, void 0];
    }
  }
  /**
   * Gets a unique identifier for this media based on its content hash.
   *
   * The ID is derived from the first 22 characters of the URL-safe base64-encoded
   * SHA-256 hash of the content.
   *
   * @returns The unique media ID, or null if hash generation failed
   *
   * @example
   * ```typescript
   * const media = new LangfuseMedia({...});
   * console.log(media.id); // "A1B2C3D4E5F6G7H8I9J0K1"
   * ```
   */
  async getId() {
    const contentSha256Hash = await this.getSha256Hash();
    if (!contentSha256Hash) return null;
    const urlSafeContentHash = contentSha256Hash.replaceAll("+", "-").replaceAll("/", "_");
    return urlSafeContentHash.slice(0, 22);
  }
  /**
   * Gets the length of the media content in bytes.
   *
   * @returns The content length in bytes, or undefined if no content is available
   */
  get contentLength() {
    var _a2;
    return (_a2 = this._contentBytes) == null ? void 0 : _a2.length;
  }
  /**
   * Gets the SHA-256 hash of the media content.
   *
   * The hash is used for content integrity verification and generating unique media IDs.
   * Returns undefined if crypto is not available or hash generation fails.
   *
   * @returns The base64-encoded SHA-256 hash, or undefined if unavailable
   */
  async getSha256Hash() {
    if (!this._contentBytes) {
      return void 0;
    }
    try {
      const hash = await crypto.subtle.digest("SHA-256", this._contentBytes);
      return bytesToBase64(new Uint8Array(hash));
    } catch (error) {
      getGlobalLogger().warn(
        "[Langfuse] Failed to generate SHA-256 hash for media content:",
        error
      );
      return void 0;
    }
  }
  /**
   * Gets the media reference tag for embedding in trace data.
   *
   * The tag format is: `@@@langfuseMedia:type=<contentType>|id=<mediaId>|source=<source>@@@`
   * This tag can be embedded in trace attributes and will be replaced with actual
   * media content when the trace is viewed in Langfuse.
   *
   * @returns The media reference tag, or null if required data is missing
   *
   * @example
   * ```typescript
   * const media = new LangfuseMedia({...});
   * console.log(media.tag);
   * // "@@@langfuseMedia:type=image/png|id=A1B2C3D4E5F6G7H8I9J0K1|source=base64_data_uri@@@"
   * ```
   */
  async getTag() {
    const id = await this.getId();
    if (!this._contentType || !this._source || !id) return null;
    return `@@@langfuseMedia:type=${this._contentType}|id=${id}|source=${this._source}@@@`;
  }
  /**
   * Gets the media content as a base64 data URI.
   *
   * @returns The complete data URI string, or null if no content is available
   *
   * @example
   * ```typescript
   * const media = new LangfuseMedia({...});
   * console.log(media.base64DataUri);
   * // "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB..."
   * ```
   */
  get base64DataUri() {
    if (!this._contentBytes) return null;
    return `data:${this._contentType};base64,${bytesToBase64(this._contentBytes)}`;
  }
  /**
   * Serializes the media to JSON (returns the base64 data URI).
   *
   * @returns The base64 data URI, or null if no content is available
   */
  toJSON() {
    return this.base64DataUri;
  }
};
var LangfuseMediaReference = class {
  constructor(params) {
    Object.assign(this, params);
  }
  /**
   * Serializes to the original `@@@langfuseMedia:…@@@` reference string.
   *
   * This makes resolved references round-trip losslessly through anything that
   * serializes with `JSON.stringify` — the dataset item API, experiment/trace
   * span attributes — so a re-used item links back to its media instead of
   * persisting a JSON object with a soon-to-expire signed URL.
   */
  toJSON() {
    return this.referenceString;
  }
  /**
   * Returns whether the signed download URL is expired or near expiry.
   *
   * @param thresholdSeconds - Treat the URL as expired this many seconds before
   *   its actual expiry to account for clock skew and download time (default: 60).
   * @returns true if the URL is expired or within the threshold of expiry. If
   *   the expiry is unknown or unparseable, returns false.
   */
  isUrlExpired(thresholdSeconds = 60) {
    if (!this.urlExpiry) {
      return false;
    }
    const expiryMs = Date.parse(this.urlExpiry);
    if (Number.isNaN(expiryMs)) {
      return false;
    }
    return expiryMs - Date.now() <= thresholdSeconds * 1e3;
  }
  /**
   * Fetches the media content from the signed URL over the network.
   *
   * Useful for local evaluators / image libraries, manual base64 conversion, or
   * the Vercel AI SDK (`{ type: "image", image: await media.fetchBytes() }`).
   *
   * @returns The media content as raw bytes
   * @throws {Error} If the download fails
   */
  async fetchBytes() {
    const response = await fetch(this.url, { method: "GET", headers: {} });
    if (!response.ok) {
      throw new Error(
        `Failed to fetch media ${this.mediaId}: HTTP ${response.status}`
      );
    }
    return new Uint8Array(await response.arrayBuffer());
  }
  /**
   * Fetches the media over the network and returns raw base64 (no data URI prefix).
   *
   * Useful for Anthropic (`{ source: { type: "base64", media_type: media.contentType, data: await media.fetchBase64() } }`)
   * or LangChain (`{ type: "image", base64: await media.fetchBase64(), mime_type: media.contentType }`).
   *
   * @returns The media content as a base64 string
   * @throws {Error} If the download fails
   */
  async fetchBase64() {
    return bytesToBase64(await this.fetchBytes());
  }
  /**
   * Fetches the media over the network and returns a `data:<contentType>;base64,...` URI.
   *
   * Useful for OpenAI (`{ type: "input_image", image_url: await media.fetchDataUri() }`).
   *
   * @returns The media content as a base64 data URI
   * @throws {Error} If the download fails
   */
  async fetchDataUri() {
    return `data:${this.contentType};base64,${await this.fetchBase64()}`;
  }
};
async function uploadMedia(params) {
  var _a2;
  const {
    apiClient,
    media,
    traceId: traceId2,
    observationId,
    datasetId,
    datasetItemId,
    field,
    maxRetries = 3,
    baseDelay = 1e3
  } = params;
  const logger = (_a2 = params.logger) != null ? _a2 : getGlobalLogger();
  const contentSha256Hash = await media.getSha256Hash();
  if (!media.contentLength || !media._contentType || !contentSha256Hash || !media._contentBytes) {
    throw new Error("Cannot upload media: media content is incomplete.");
  }
  const { uploadUrl, mediaId } = await apiClient.media.getUploadUrl({
    contentLength: media.contentLength,
    traceId: traceId2,
    observationId,
    datasetId,
    datasetItemId,
    field,
    contentType: media._contentType,
    sha256Hash: contentSha256Hash
  });
  if (!uploadUrl) {
    logger.debug(
      `Media status: Media with ID ${mediaId} already uploaded. Skipping duplicate upload.`
    );
    return;
  }
  const clientSideMediaId = await media.getId();
  if (clientSideMediaId !== mediaId) {
    throw new Error(
      `Media integrity error: Media ID mismatch between SDK (${clientSideMediaId}) and Server (${mediaId}). Upload cancelled.`
    );
  }
  logger.debug(`Uploading media ${mediaId}...`);
  const startTime = Date.now();
  const uploadResponse = await uploadWithBackoff({
    uploadUrl,
    contentBytes: media._contentBytes,
    contentType: media._contentType,
    contentSha256Hash,
    maxRetries,
    baseDelay
  });
  if (!uploadResponse) {
    throw new Error("Media upload process failed");
  }
  const uploadSucceeded = uploadResponse.status === 200 || uploadResponse.status === 201;
  await apiClient.media.patch(mediaId, {
    uploadedAt: (/* @__PURE__ */ new Date()).toISOString(),
    uploadHttpStatus: uploadResponse.status,
    uploadHttpError: await uploadResponse.text(),
    uploadTimeMs: Date.now() - startTime
  });
  logger.debug(`Media upload status reported for ${mediaId}`);
  if (!uploadSucceeded) {
    throw new Error(
      `Media upload failed with HTTP ${uploadResponse.status} after ${maxRetries} retries.`
    );
  }
}
async function uploadWithBackoff(params) {
  const {
    uploadUrl,
    contentType,
    contentSha256Hash,
    contentBytes,
    maxRetries,
    baseDelay
  } = params;
  for (let attempt = 0; attempt <= maxRetries; attempt++) {
    try {
      let parsedHostname;
      try {
        parsedHostname = new URL(uploadUrl).hostname;
      } catch {
        parsedHostname = "";
      }
      const isSelfHostedGcsBucket = parsedHostname === "storage.googleapis.com" || parsedHostname.endsWith(".storage.googleapis.com");
      const headers = isSelfHostedGcsBucket ? { "Content-Type": contentType } : {
        "Content-Type": contentType,
        "x-amz-checksum-sha256": contentSha256Hash,
        "x-ms-blob-type": "BlockBlob"
      };
      const uploadResponse = await fetch(uploadUrl, {
        method: "PUT",
        // Recent fetch typings narrow BodyInit to an ArrayBuffer-backed view,
        // while Uint8Array now defaults to Uint8Array<ArrayBufferLike>. The
        // media bytes are always ArrayBuffer-backed, so assert the narrower type.
        body: contentBytes,
        headers
      });
      if (attempt < maxRetries && uploadResponse.status !== 200 && uploadResponse.status !== 201) {
        throw new Error(`Upload failed with status ${uploadResponse.status}`);
      }
      return uploadResponse;
    } catch (e) {
      if (attempt === maxRetries) {
        throw e;
      }
      const delay = baseDelay * Math.pow(2, attempt);
      const jitter = Math.random() * 1e3;
      await new Promise((resolve) => setTimeout(resolve, delay + jitter));
    }
  }
  return void 0;
}
var LangfuseOtelContextKeys = {
  userId: createContextKey("langfuse_user_id"),
  sessionId: createContextKey("langfuse_session_id"),
  metadata: createContextKey("langfuse_metadata"),
  version: createContextKey("langfuse_version"),
  tags: createContextKey("langfuse_tags"),
  traceName: createContextKey("langfuse_trace_name"),
  environment: createContextKey("langfuse_environment"),
  promptName: createContextKey("langfuse_prompt_name"),
  promptVersion: createContextKey("langfuse_prompt_version"),
  // Experiments
  experimentId: createContextKey("langfuse_experiment_id"),
  experimentName: createContextKey("langfuse_experiment_name"),
  experimentMetadata: createContextKey("langfuse_experiment_metadata"),
  experimentDatasetId: createContextKey("langfuse_experiment_dataset_id"),
  experimentItemId: createContextKey("langfuse_experiment_item_id"),
  experimentItemMetadata: createContextKey("langfuse_experiment_item_metadata"),
  experimentItemRootObservationId: createContextKey(
    "langfuse_experiment_item_root_observation_id"
  )
};
var LANGFUSE_BAGGAGE_PREFIX = "langfuse_";
var LANGFUSE_BAGGAGE_TAGS_SEPARATOR = ",";
var LANGFUSE_TRACE_ID_BAGGAGE_KEY = "langfuse_trace_id";
function getLangfuseTraceIdFromBaggage(context2) {
  const baggage = propagation.getBaggage(context2);
  const entry = baggage == null ? void 0 : baggage.getEntry(LANGFUSE_TRACE_ID_BAGGAGE_KEY);
  if (!(entry == null ? void 0 : entry.value)) return void 0;
  return entry.value.toLowerCase();
}
function setLangfuseTraceIdInBaggage(context2, traceId2) {
  var _a2;
  const normalized = traceId2.toLowerCase();
  if (getLangfuseTraceIdFromBaggage(context2) === normalized) return context2;
  const baggage = (_a2 = propagation.getBaggage(context2)) != null ? _a2 : propagation.createBaggage();
  const updated = baggage.setEntry(LANGFUSE_TRACE_ID_BAGGAGE_KEY, {
    value: normalized
  });
  return propagation.setBaggage(context2, updated);
}
function propagateAttributes(params, fn) {
  var _a2;
  let context2 = context.active();
  const span = trace.getActiveSpan();
  const asBaggage = (_a2 = params.asBaggage) != null ? _a2 : false;
  const {
    userId,
    sessionId,
    metadata,
    version,
    tags,
    traceName,
    environment,
    prompt,
    _internalExperiment
  } = params;
  if (userId) {
    if (isValidPropagatedString({ value: userId, attributeName: "userId" })) {
      context2 = setPropagatedAttribute({
        key: "userId",
        value: userId,
        context: context2,
        span,
        asBaggage
      });
    }
  }
  if (sessionId) {
    if (isValidPropagatedString({
      value: sessionId,
      attributeName: "sessionId"
    })) {
      context2 = setPropagatedAttribute({
        key: "sessionId",
        value: sessionId,
        context: context2,
        span,
        asBaggage
      });
    }
  }
  if (version) {
    if (isValidPropagatedString({
      value: version,
      attributeName: "version"
    })) {
      context2 = setPropagatedAttribute({
        key: "version",
        value: version,
        context: context2,
        span,
        asBaggage
      });
    }
  }
  if (traceName) {
    if (isValidPropagatedString({
      value: traceName,
      attributeName: "traceName"
    })) {
      context2 = setPropagatedAttribute({
        key: "traceName",
        value: traceName,
        context: context2,
        span,
        asBaggage
      });
    }
  }
  if (environment !== void 0 && isValidEnvironment(environment)) {
    context2 = setPropagatedAttribute({
      key: "environment",
      value: environment,
      context: context2,
      span,
      asBaggage
    });
  }
  if (tags && tags.length > 0) {
    const validTags = tags.filter(
      (tag) => isValidPropagatedString({
        value: tag,
        attributeName: "tag"
      })
    );
    if (validTags.length > 0) {
      context2 = setPropagatedAttribute({
        key: "tags",
        value: validTags,
        context: context2,
        span,
        asBaggage
      });
    }
  }
  if (metadata) {
    const validatedMetadata = {};
    for (const [key, value] of Object.entries(metadata)) {
      if (isValidPropagatedString({
        value,
        attributeName: `metadata.${key}`
      })) {
        validatedMetadata[key] = value;
      }
    }
    if (Object.keys(validatedMetadata).length > 0) {
      context2 = setPropagatedAttribute({
        key: "metadata",
        value: validatedMetadata,
        context: context2,
        span,
        asBaggage
      });
    }
  }
  if (prompt) {
    const propagatedPrompt = extractPropagatedPrompt(prompt);
    if (propagatedPrompt) {
      context2 = setPropagatedAttribute({
        key: "promptName",
        value: propagatedPrompt.name,
        context: context2,
        span,
        asBaggage
      });
      context2 = setPropagatedAttribute({
        key: "promptVersion",
        value: propagatedPrompt.version,
        context: context2,
        span,
        asBaggage
      });
    }
  }
  if (_internalExperiment) {
    for (const [key, value] of Object.entries(_internalExperiment)) {
      if (value !== void 0) {
        context2 = setPropagatedAttribute({
          key,
          value,
          context: context2,
          span,
          asBaggage
        });
      }
    }
  }
  return context.with(context2, fn);
}
function extractPropagatedPrompt(prompt) {
  const logger = getGlobalLogger();
  const { name, version: rawVersion, isFallback } = prompt;
  if (isFallback) {
    logger.debug(
      "Propagated prompt is a fallback prompt. Skipping prompt linking."
    );
    return null;
  }
  if (typeof name !== "string" || name.length === 0) {
    logger.warn(
      "Propagated 'prompt' has no valid 'name' (non-empty string required). Dropping prompt link."
    );
    return null;
  }
  const version = typeof rawVersion === "string" && /^\d+$/.test(rawVersion) ? Number(rawVersion) : rawVersion;
  if (typeof version !== "number" || !Number.isInteger(version)) {
    logger.warn(
      "Propagated 'prompt' has no valid 'version' (integer required). Dropping prompt link."
    );
    return null;
  }
  return { name, version };
}
function setPropagatedAttribute(params) {
  const { key, value, span, asBaggage } = params;
  let context2 = params.context;
  let mergedMetadata = key === "metadata" ? getContextMergedMetadata(context2, value) : {};
  let mergedTags = key === "tags" ? getContextMergedTags(context2, value) : [];
  const contextKey = getContextKeyForPropagatedKey(key);
  if (key === "metadata") {
    context2 = context2.setValue(contextKey, mergedMetadata);
  } else if (key === "tags") {
    context2 = context2.setValue(contextKey, mergedTags);
  } else {
    context2 = context2.setValue(contextKey, value);
  }
  if (span && span.isRecording()) {
    if (key === "metadata") {
      for (const [k, v] of Object.entries(mergedMetadata)) {
        span.setAttribute(
          `${"langfuse.trace.metadata"}.${k}`,
          v
        );
      }
    } else if (key === "tags") {
      const spanKey = getSpanKeyForPropagatedKey(key);
      span.setAttribute(spanKey, mergedTags);
    } else {
      const spanKey = getSpanKeyForPropagatedKey(key);
      span.setAttribute(spanKey, value);
    }
  }
  if (asBaggage) {
    const baggageKey = getBaggageKeyForPropagatedKey(key);
    let baggage = propagation.getBaggage(context2) || propagation.createBaggage();
    if (key === "metadata") {
      for (const [k, v] of Object.entries(mergedMetadata)) {
        baggage = baggage.setEntry(`${baggageKey}_${k}`, { value: v });
      }
    } else if (key === "tags") {
      baggage = baggage.setEntry(baggageKey, {
        value: mergedTags.join(LANGFUSE_BAGGAGE_TAGS_SEPARATOR)
      });
    } else {
      baggage = baggage.setEntry(baggageKey, { value: String(value) });
    }
    context2 = propagation.setBaggage(context2, baggage);
  }
  return context2;
}
function getContextMergedTags(context2, newTags) {
  const existingTags = context2.getValue(LangfuseOtelContextKeys["tags"]);
  if (existingTags && Array.isArray(existingTags)) {
    return [.../* @__PURE__ */ new Set([...existingTags, ...newTags])];
  } else {
    return newTags;
  }
}
function getContextMergedMetadata(context2, newMetadata) {
  const existingMetadata = context2.getValue(
    LangfuseOtelContextKeys["metadata"]
  );
  if (existingMetadata && typeof existingMetadata === "object" && existingMetadata !== null && !Array.isArray(existingMetadata)) {
    return { ...existingMetadata, ...newMetadata };
  } else {
    return newMetadata;
  }
}
function isValidPropagatedString(params) {
  const logger = getGlobalLogger();
  const { value, attributeName } = params;
  if (typeof value !== "string") {
    logger.warn(
      `Propagated attribute '${attributeName}' must be a string. Dropping value.`
    );
    return false;
  }
  if (value.length > 200) {
    logger.warn(
      `Propagated attribute '${attributeName}' value is over 200 characters (${value.length} chars). Dropping value.`
    );
    return false;
  }
  return true;
}
var ENVIRONMENT_VALUE_PATTERN = /^(?!langfuse)[a-z0-9_-]+$/;
function isValidEnvironment(value) {
  const logger = getGlobalLogger();
  if (typeof value !== "string") {
    if (value !== void 0) {
      logger.warn(
        "Propagated attribute 'environment' must be a string. Dropping value."
      );
    }
    return false;
  }
  if (value.length > 40) {
    logger.warn(
      `Propagated attribute 'environment' value is over 40 characters (${value.length} chars). Dropping value.`
    );
    return false;
  }
  if (!ENVIRONMENT_VALUE_PATTERN.test(value)) {
    logger.warn(
      "Propagated attribute 'environment' must be a lowercase alphanumeric string with optional hyphens or underscores and must not start with 'langfuse'. Dropping value."
    );
    return false;
  }
  return true;
}
function getContextKeyForPropagatedKey(key) {
  return LangfuseOtelContextKeys[key];
}
function getSpanKeyForPropagatedKey(key) {
  switch (key) {
    case "userId":
      return "user.id";
    case "sessionId":
      return "session.id";
    case "version":
      return "langfuse.version";
    case "traceName":
      return "langfuse.trace.name";
    case "environment":
      return "langfuse.environment";
    case "metadata":
      return "langfuse.trace.metadata";
    case "tags":
      return "langfuse.trace.tags";
    case "promptName":
      return "langfuse.observation.prompt.name";
    case "promptVersion":
      return "langfuse.observation.prompt.version";
    case "experimentId":
      return "langfuse.experiment.id";
    case "experimentName":
      return "langfuse.experiment.name";
    case "experimentMetadata":
      return "langfuse.experiment.metadata";
    case "experimentDatasetId":
      return "langfuse.experiment.dataset.id";
    case "experimentItemId":
      return "langfuse.experiment.item.id";
    case "experimentItemMetadata":
      return "langfuse.experiment.item.metadata";
    case "experimentItemRootObservationId":
      return "langfuse.experiment.item.root_observation_id";
    default: {
      const fallback = key;
      throw Error("Unhandled propagated key", fallback);
    }
  }
}
function getBaggageKeyForPropagatedKey(key) {
  switch (key) {
    case "userId":
      return `${LANGFUSE_BAGGAGE_PREFIX}user_id`;
    case "sessionId":
      return `${LANGFUSE_BAGGAGE_PREFIX}session_id`;
    case "version":
      return `${LANGFUSE_BAGGAGE_PREFIX}version`;
    case "traceName":
      return `${LANGFUSE_BAGGAGE_PREFIX}trace_name`;
    case "environment":
      return `${LANGFUSE_BAGGAGE_PREFIX}environment`;
    case "metadata":
      return `${LANGFUSE_BAGGAGE_PREFIX}metadata`;
    case "tags":
      return `${LANGFUSE_BAGGAGE_PREFIX}tags`;
    case "promptName":
      return `${LANGFUSE_BAGGAGE_PREFIX}prompt_name`;
    case "promptVersion":
      return `${LANGFUSE_BAGGAGE_PREFIX}prompt_version`;
    case "experimentId":
      return `${LANGFUSE_BAGGAGE_PREFIX}experiment_id`;
    case "experimentName":
      return `${LANGFUSE_BAGGAGE_PREFIX}experiment_name`;
    case "experimentMetadata":
      return `${LANGFUSE_BAGGAGE_PREFIX}experiment_metadata`;
    case "experimentDatasetId":
      return `${LANGFUSE_BAGGAGE_PREFIX}experiment_dataset_id`;
    case "experimentItemId":
      return `${LANGFUSE_BAGGAGE_PREFIX}experiment_item_id`;
    case "experimentItemMetadata":
      return `${LANGFUSE_BAGGAGE_PREFIX}experiment_item_metadata`;
    case "experimentItemRootObservationId":
      return `${LANGFUSE_BAGGAGE_PREFIX}experiment_item_root_observation_id`;
    default: {
      const fallback = key;
      throw Error("Unhandled propagated key", fallback);
    }
  }
}

// node_modules/@langfuse/tracing/dist/index.mjs
init_esm();
init_esm();
function createTraceAttributes({
  input,
  output
} = {}) {
  const attributes = {
    [LangfuseOtelSpanAttributes.TRACE_INPUT]: _serialize(input),
    [LangfuseOtelSpanAttributes.TRACE_OUTPUT]: _serialize(output)
  };
  return Object.fromEntries(
    Object.entries(attributes).filter(([_, v]) => v != null)
  );
}
function createObservationAttributes(type, attributes) {
  const {
    metadata,
    input,
    output,
    level,
    statusMessage,
    version,
    environment,
    completionStartTime,
    model,
    modelParameters,
    usageDetails,
    costDetails,
    prompt
  } = attributes;
  let otelAttributes = {
    [LangfuseOtelSpanAttributes.OBSERVATION_TYPE]: type,
    [LangfuseOtelSpanAttributes.OBSERVATION_LEVEL]: level,
    [LangfuseOtelSpanAttributes.OBSERVATION_STATUS_MESSAGE]: statusMessage,
    [LangfuseOtelSpanAttributes.VERSION]: version,
    [LangfuseOtelSpanAttributes.ENVIRONMENT]: environment,
    [LangfuseOtelSpanAttributes.OBSERVATION_INPUT]: _serialize(input),
    [LangfuseOtelSpanAttributes.OBSERVATION_OUTPUT]: _serialize(output),
    [LangfuseOtelSpanAttributes.OBSERVATION_MODEL]: model,
    [LangfuseOtelSpanAttributes.OBSERVATION_USAGE_DETAILS]: _serialize(usageDetails),
    [LangfuseOtelSpanAttributes.OBSERVATION_COST_DETAILS]: _serialize(costDetails),
    [LangfuseOtelSpanAttributes.OBSERVATION_COMPLETION_START_TIME]: _serialize(completionStartTime),
    [LangfuseOtelSpanAttributes.OBSERVATION_MODEL_PARAMETERS]: _serialize(modelParameters),
    ...prompt && !prompt.isFallback ? {
      [LangfuseOtelSpanAttributes.OBSERVATION_PROMPT_NAME]: prompt.name,
      [LangfuseOtelSpanAttributes.OBSERVATION_PROMPT_VERSION]: prompt.version
    } : {},
    ..._flattenAndSerializeMetadata(metadata, "observation")
  };
  return Object.fromEntries(
    Object.entries(otelAttributes).filter(([_, v]) => v != null)
  );
}
function _serialize(obj) {
  try {
    if (typeof obj === "string") return obj;
    return obj != null ? JSON.stringify(obj) : void 0;
  } catch {
    return "<failed to serialize>";
  }
}
function _flattenAndSerializeMetadata(metadata, type) {
  const prefix = type === "observation" ? LangfuseOtelSpanAttributes.OBSERVATION_METADATA : LangfuseOtelSpanAttributes.TRACE_METADATA;
  const metadataAttributes = {};
  if (metadata === void 0 || metadata === null) {
    return metadataAttributes;
  }
  if (typeof metadata !== "object" || Array.isArray(metadata)) {
    const serialized = _serialize(metadata);
    if (serialized) {
      metadataAttributes[prefix] = serialized;
    }
  } else {
    for (const [key, value] of Object.entries(metadata)) {
      const serialized = typeof value === "string" ? value : _serialize(value);
      if (serialized) {
        metadataAttributes[`${prefix}.${key}`] = serialized;
      }
    }
  }
  return metadataAttributes;
}
var LANGFUSE_GLOBAL_SYMBOL = /* @__PURE__ */ Symbol.for("langfuse");
function createState() {
  return {
    isolatedTracerProvider: null
  };
}
function getGlobalState() {
  const initialState = createState();
  try {
    const g = globalThis;
    if (typeof g !== "object" || g === null) {
      getGlobalLogger().warn(
        "globalThis is not available, using fallback state"
      );
      return initialState;
    }
    if (!g[LANGFUSE_GLOBAL_SYMBOL]) {
      Object.defineProperty(g, LANGFUSE_GLOBAL_SYMBOL, {
        value: initialState,
        writable: false,
        // lock the slot (not the contents)
        configurable: false,
        enumerable: false
      });
    }
    return g[LANGFUSE_GLOBAL_SYMBOL];
  } catch (err) {
    if (err instanceof Error) {
      getGlobalLogger().error(`Failed to access global state: ${err.message}`);
    } else {
      getGlobalLogger().error(`Failed to access global state: ${String(err)}`);
    }
    return initialState;
  }
}
function getLangfuseTracerProvider() {
  const { isolatedTracerProvider } = getGlobalState();
  if (isolatedTracerProvider) return isolatedTracerProvider;
  return trace.getTracerProvider();
}
function getLangfuseTracer() {
  return getLangfuseTracerProvider().getTracer(
    LANGFUSE_TRACER_NAME,
    LANGFUSE_SDK_VERSION
  );
}
var LangfuseBaseObservation = class {
  constructor(params) {
    var _a2;
    this.otelSpan = params.otelSpan;
    this.id = params.otelSpan.spanContext().spanId;
    this.traceId = params.otelSpan.spanContext().traceId;
    this.type = params.type;
    this.otelSpan.setAttributes(
      createObservationAttributes(params.type, (_a2 = params.attributes) != null ? _a2 : {})
    );
  }
  /** Gets the Langfuse OpenTelemetry tracer instance */
  get tracer() {
    return getLangfuseTracer();
  }
  /**
   * Ends the observation, marking it as complete.
   *
   * @param endTime - Optional end time, defaults to current time
   */
  end(endTime) {
    this.otelSpan.end(endTime);
  }
  updateOtelSpanAttributes(attributes) {
    this.otelSpan.setAttributes(
      createObservationAttributes(this.type, attributes)
    );
  }
  /**
   * Set trace-level input and output for the trace this observation belongs to.
   *
   * @deprecated This is a legacy method for backward compatibility with Langfuse platform
   * features that still rely on trace-level input/output (e.g., legacy LLM-as-a-judge
   * evaluators). It will be removed in a future major version.
   *
   * For setting other trace attributes (userId, sessionId, metadata, tags, version),
   * use {@link propagateAttributes} instead.
   *
   * @param attributes - Input and output data to associate with the trace
   * @returns The observation instance for method chaining
   *
   * @example
   * ```typescript
   * const span = startObservation('my-operation');
   * span.setTraceIO({
   *   input: { query: 'user question' },
   *   output: { response: 'assistant answer' }
   * });
   * ```
   */
  setTraceIO(attributes) {
    this.otelSpan.setAttributes(createTraceAttributes(attributes));
    return this;
  }
  /**
   * Make the trace this observation belongs to publicly accessible via its URL.
   *
   * When a trace is published, anyone with the trace link can view the full trace
   * without needing to be logged in to Langfuse. This action cannot be undone
   * programmatically - once any span in a trace is published, the entire trace
   * becomes public.
   *
   * @returns The observation instance for method chaining
   *
   * @example
   * ```typescript
   * const span = startObservation('my-operation');
   * span.setTraceAsPublic();
   * ```
   */
  setTraceAsPublic() {
    this.otelSpan.setAttributes({
      [LangfuseOtelSpanAttributes.TRACE_PUBLIC]: true
    });
    return this;
  }
  startObservation(name, attributes, options) {
    const { asType = "span" } = options || {};
    return startObservation(name, attributes, {
      asType,
      // typecast necessary as ts cannot narrow the type correctly
      parentSpanContext: this.otelSpan.spanContext()
    });
  }
};
var LangfuseSpan = class extends LangfuseBaseObservation {
  constructor(params) {
    super({ ...params, type: "span" });
  }
  /**
   * Updates this span with new attributes.
   *
   * @param attributes - Span attributes to set
   * @returns This span for method chaining
   *
   * @example
   * ```typescript
   * span.update({
   *   output: { result: 'success' },
   *   level: 'DEFAULT',
   *   metadata: { duration: 150 }
   * });
   * ```
   */
  update(attributes) {
    super.updateOtelSpanAttributes(attributes);
    return this;
  }
};
var LangfuseAgent = class extends LangfuseBaseObservation {
  constructor(params) {
    super({ ...params, type: "agent" });
  }
  /**
   * Updates this agent observation with new attributes.
   *
   * @param attributes - Agent attributes to set
   * @returns This agent for method chaining
   *
   * @example
   * ```typescript
   * agent.update({
   *   output: {
   *     taskCompleted: true,
   *     iterationsUsed: 5,
   *     toolsInvoked: ['web-search', 'calculator', 'summarizer'],
   *     finalResult: 'Research completed with high confidence'
   *   },
   *   metadata: {
   *     efficiency: 0.85,
   *     qualityScore: 0.92,
   *     resourcesConsumed: { tokens: 15000, apiCalls: 12 }
   *   }
   * });
   * ```
   */
  update(attributes) {
    super.updateOtelSpanAttributes(attributes);
    return this;
  }
};
var LangfuseTool = class extends LangfuseBaseObservation {
  constructor(params) {
    super({ ...params, type: "tool" });
  }
  /**
   * Updates this tool observation with new attributes.
   *
   * @param attributes - Tool attributes to set
   * @returns This tool for method chaining
   *
   * @example
   * ```typescript
   * tool.update({
   *   output: {
   *     result: searchResults,
   *     count: searchResults.length,
   *     relevanceScore: 0.89,
   *     executionTime: 1250
   *   },
   *   metadata: {
   *     cacheHit: false,
   *     apiCost: 0.025,
   *     rateLimitRemaining: 950
   *   }
   * });
   * ```
   */
  update(attributes) {
    super.updateOtelSpanAttributes(attributes);
    return this;
  }
};
var LangfuseChain = class extends LangfuseBaseObservation {
  constructor(params) {
    super({ ...params, type: "chain" });
  }
  /**
   * Updates this chain observation with new attributes.
   *
   * @param attributes - Chain attributes to set
   * @returns This chain for method chaining
   *
   * @example
   * ```typescript
   * chain.update({
   *   output: {
   *     stepsCompleted: 5,
   *     stepsSuccessful: 4,
   *     finalResult: processedData,
   *     pipelineEfficiency: 0.87
   *   },
   *   metadata: {
   *     bottleneckStep: 'data-validation',
   *     parallelizationOpportunities: ['step-2', 'step-3'],
   *     optimizationSuggestions: ['cache-intermediate-results']
   *   }
   * });
   * ```
   */
  update(attributes) {
    super.updateOtelSpanAttributes(attributes);
    return this;
  }
};
var LangfuseRetriever = class extends LangfuseBaseObservation {
  constructor(params) {
    super({ ...params, type: "retriever" });
  }
  /**
   * Updates this retriever observation with new attributes.
   *
   * @param attributes - Retriever attributes to set
   * @returns This retriever for method chaining
   */
  update(attributes) {
    super.updateOtelSpanAttributes(attributes);
    return this;
  }
};
var LangfuseEvaluator = class extends LangfuseBaseObservation {
  constructor(params) {
    super({ ...params, type: "evaluator" });
  }
  /**
   * Updates this evaluator observation with new attributes.
   *
   * @param attributes - Evaluator attributes to set
   * @returns This evaluator for method chaining
   */
  update(attributes) {
    super.updateOtelSpanAttributes(attributes);
    return this;
  }
};
var LangfuseGuardrail = class extends LangfuseBaseObservation {
  constructor(params) {
    super({ ...params, type: "guardrail" });
  }
  /**
   * Updates this guardrail observation with new attributes.
   *
   * @param attributes - Guardrail attributes to set
   * @returns This guardrail for method chaining
   */
  update(attributes) {
    super.updateOtelSpanAttributes(attributes);
    return this;
  }
};
var LangfuseGeneration = class extends LangfuseBaseObservation {
  constructor(params) {
    super({ ...params, type: "generation" });
  }
  update(attributes) {
    this.updateOtelSpanAttributes(attributes);
    return this;
  }
};
var LangfuseEmbedding = class extends LangfuseBaseObservation {
  constructor(params) {
    super({ ...params, type: "embedding" });
  }
  /**
   * Updates this embedding observation with new attributes.
   *
   * @param attributes - Embedding attributes to set
   * @returns This embedding for method chaining
   */
  update(attributes) {
    this.updateOtelSpanAttributes(attributes);
    return this;
  }
};
var LangfuseEvent = class extends LangfuseBaseObservation {
  constructor(params) {
    super({ ...params, type: "event" });
    this.otelSpan.end(params.timestamp);
  }
};
function createOtelSpan(params) {
  return getLangfuseTracer().startSpan(
    params.name,
    { startTime: params.startTime },
    createParentContext(params.parentSpanContext)
  );
}
function createParentContext(parentSpanContext) {
  if (!parentSpanContext) return;
  return trace.setSpanContext(context.active(), parentSpanContext);
}
function wrapPromise(promise, span, endOnExit) {
  return promise.then(
    (value) => {
      if (endOnExit !== false) {
        span.end();
      }
      return value;
    },
    (err) => {
      span.setStatus({
        code: SpanStatusCode.ERROR,
        message: err instanceof Error ? err.message : "Unknown error"
      });
      if (endOnExit !== false) {
        span.end();
      }
      throw err;
    }
  );
}
function startObservation(name, attributes, options) {
  var _a2;
  const { asType = "span", ...observationOptions } = options || {};
  const otelSpan = createOtelSpan({
    name,
    ...observationOptions
  });
  switch (asType) {
    case "generation":
      return new LangfuseGeneration({
        otelSpan,
        attributes
      });
    case "embedding":
      return new LangfuseEmbedding({
        otelSpan,
        attributes
      });
    case "agent":
      return new LangfuseAgent({
        otelSpan,
        attributes
      });
    case "tool":
      return new LangfuseTool({
        otelSpan,
        attributes
      });
    case "chain":
      return new LangfuseChain({
        otelSpan,
        attributes
      });
    case "retriever":
      return new LangfuseRetriever({
        otelSpan,
        attributes
      });
    case "evaluator":
      return new LangfuseEvaluator({
        otelSpan,
        attributes
      });
    case "guardrail":
      return new LangfuseGuardrail({
        otelSpan,
        attributes
      });
    case "event": {
      const timestamp = (_a2 = observationOptions == null ? void 0 : observationOptions.startTime) != null ? _a2 : /* @__PURE__ */ new Date();
      return new LangfuseEvent({
        otelSpan,
        attributes,
        timestamp
      });
    }
    case "span":
    default:
      return new LangfuseSpan({
        otelSpan,
        attributes
      });
  }
}
function startActiveObservation(name, fn, options) {
  var _a2;
  const { asType = "span", ...observationOptions } = options || {};
  return getLangfuseTracer().startActiveSpan(
    name,
    { startTime: observationOptions == null ? void 0 : observationOptions.startTime },
    (_a2 = createParentContext(observationOptions == null ? void 0 : observationOptions.parentSpanContext)) != null ? _a2 : context.active(),
    (span) => {
      const claimContext = setLangfuseTraceIdInBaggage(
        context.active(),
        span.spanContext().traceId
      );
      return context.with(claimContext, () => {
        var _a22;
        try {
          let observation;
          switch (asType) {
            case "generation":
              observation = new LangfuseGeneration({
                otelSpan: span
              });
              break;
            case "embedding":
              observation = new LangfuseEmbedding({
                otelSpan: span
              });
              break;
            case "agent":
              observation = new LangfuseAgent({
                otelSpan: span
              });
              break;
            case "tool":
              observation = new LangfuseTool({
                otelSpan: span
              });
              break;
            case "chain":
              observation = new LangfuseChain({
                otelSpan: span
              });
              break;
            case "retriever":
              observation = new LangfuseRetriever({
                otelSpan: span
              });
              break;
            case "evaluator":
              observation = new LangfuseEvaluator({
                otelSpan: span
              });
              break;
            case "guardrail":
              observation = new LangfuseGuardrail({
                otelSpan: span
              });
              break;
            case "event": {
              const timestamp = (_a22 = observationOptions == null ? void 0 : observationOptions.startTime) != null ? _a22 : /* @__PURE__ */ new Date();
              observation = new LangfuseEvent({
                otelSpan: span,
                timestamp
              });
              break;
            }
            case "span":
            default:
              observation = new LangfuseSpan({
                otelSpan: span
              });
          }
          const result = fn(observation);
          if (result instanceof Promise) {
            return wrapPromise(
              result,
              span,
              observationOptions == null ? void 0 : observationOptions.endOnExit
            );
          } else {
            if ((observationOptions == null ? void 0 : observationOptions.endOnExit) !== false) {
              span.end();
            }
            return result;
          }
        } catch (err) {
          span.setStatus({
            code: SpanStatusCode.ERROR,
            message: err instanceof Error ? err.message : "Unknown error"
          });
          if ((observationOptions == null ? void 0 : observationOptions.endOnExit) !== false) {
            span.end();
          }
          throw err;
        }
      });
    }
  );
}

// node_modules/@langfuse/client/dist/index.mjs
init_esm();

// node_modules/mustache/mustache.mjs
var objectToString = Object.prototype.toString;
var isArray = Array.isArray || function isArrayPolyfill(object) {
  return objectToString.call(object) === "[object Array]";
};
function isFunction(object) {
  return typeof object === "function";
}
function typeStr(obj) {
  return isArray(obj) ? "array" : typeof obj;
}
function escapeRegExp(string) {
  return string.replace(/[\-\[\]{}()*+?.,\\\^$|#\s]/g, "\\$&");
}
function hasProperty(obj, propName) {
  return obj != null && typeof obj === "object" && propName in obj;
}
function primitiveHasOwnProperty(primitive, propName) {
  return primitive != null && typeof primitive !== "object" && primitive.hasOwnProperty && primitive.hasOwnProperty(propName);
}
var regExpTest = RegExp.prototype.test;
function testRegExp(re, string) {
  return regExpTest.call(re, string);
}
var nonSpaceRe = /\S/;
function isWhitespace(string) {
  return !testRegExp(nonSpaceRe, string);
}
var entityMap = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "/": "&#x2F;",
  "`": "&#x60;",
  "=": "&#x3D;"
};
function escapeHtml(string) {
  return String(string).replace(/[&<>"'`=\/]/g, function fromEntityMap(s) {
    return entityMap[s];
  });
}
var whiteRe = /\s*/;
var spaceRe = /\s+/;
var equalsRe = /\s*=/;
var curlyRe = /\s*\}/;
var tagRe = /#|\^|\/|>|\{|&|=|!/;
function parseTemplate(template, tags) {
  if (!template)
    return [];
  var lineHasNonSpace = false;
  var sections = [];
  var tokens = [];
  var spaces = [];
  var hasTag = false;
  var nonSpace = false;
  var indentation = "";
  var tagIndex = 0;
  function stripSpace() {
    if (hasTag && !nonSpace) {
      while (spaces.length)
        delete tokens[spaces.pop()];
    } else {
      spaces = [];
    }
    hasTag = false;
    nonSpace = false;
  }
  var openingTagRe, closingTagRe, closingCurlyRe;
  function compileTags(tagsToCompile) {
    if (typeof tagsToCompile === "string")
      tagsToCompile = tagsToCompile.split(spaceRe, 2);
    if (!isArray(tagsToCompile) || tagsToCompile.length !== 2)
      throw new Error("Invalid tags: " + tagsToCompile);
    openingTagRe = new RegExp(escapeRegExp(tagsToCompile[0]) + "\\s*");
    closingTagRe = new RegExp("\\s*" + escapeRegExp(tagsToCompile[1]));
    closingCurlyRe = new RegExp("\\s*" + escapeRegExp("}" + tagsToCompile[1]));
  }
  compileTags(tags || mustache.tags);
  var scanner = new Scanner(template);
  var start, type, value, chr, token, openSection;
  while (!scanner.eos()) {
    start = scanner.pos;
    value = scanner.scanUntil(openingTagRe);
    if (value) {
      for (var i = 0, valueLength = value.length; i < valueLength; ++i) {
        chr = value.charAt(i);
        if (isWhitespace(chr)) {
          spaces.push(tokens.length);
          indentation += chr;
        } else {
          nonSpace = true;
          lineHasNonSpace = true;
          indentation += " ";
        }
        tokens.push(["text", chr, start, start + 1]);
        start += 1;
        if (chr === "\n") {
          stripSpace();
          indentation = "";
          tagIndex = 0;
          lineHasNonSpace = false;
        }
      }
    }
    if (!scanner.scan(openingTagRe))
      break;
    hasTag = true;
    type = scanner.scan(tagRe) || "name";
    scanner.scan(whiteRe);
    if (type === "=") {
      value = scanner.scanUntil(equalsRe);
      scanner.scan(equalsRe);
      scanner.scanUntil(closingTagRe);
    } else if (type === "{") {
      value = scanner.scanUntil(closingCurlyRe);
      scanner.scan(curlyRe);
      scanner.scanUntil(closingTagRe);
      type = "&";
    } else {
      value = scanner.scanUntil(closingTagRe);
    }
    if (!scanner.scan(closingTagRe))
      throw new Error("Unclosed tag at " + scanner.pos);
    if (type == ">") {
      token = [type, value, start, scanner.pos, indentation, tagIndex, lineHasNonSpace];
    } else {
      token = [type, value, start, scanner.pos];
    }
    tagIndex++;
    tokens.push(token);
    if (type === "#" || type === "^") {
      sections.push(token);
    } else if (type === "/") {
      openSection = sections.pop();
      if (!openSection)
        throw new Error('Unopened section "' + value + '" at ' + start);
      if (openSection[1] !== value)
        throw new Error('Unclosed section "' + openSection[1] + '" at ' + start);
    } else if (type === "name" || type === "{" || type === "&") {
      nonSpace = true;
    } else if (type === "=") {
      compileTags(value);
    }
  }
  stripSpace();
  openSection = sections.pop();
  if (openSection)
    throw new Error('Unclosed section "' + openSection[1] + '" at ' + scanner.pos);
  return nestTokens(squashTokens(tokens));
}
function squashTokens(tokens) {
  var squashedTokens = [];
  var token, lastToken;
  for (var i = 0, numTokens = tokens.length; i < numTokens; ++i) {
    token = tokens[i];
    if (token) {
      if (token[0] === "text" && lastToken && lastToken[0] === "text") {
        lastToken[1] += token[1];
        lastToken[3] = token[3];
      } else {
        squashedTokens.push(token);
        lastToken = token;
      }
    }
  }
  return squashedTokens;
}
function nestTokens(tokens) {
  var nestedTokens = [];
  var collector = nestedTokens;
  var sections = [];
  var token, section;
  for (var i = 0, numTokens = tokens.length; i < numTokens; ++i) {
    token = tokens[i];
    switch (token[0]) {
      case "#":
      case "^":
        collector.push(token);
        sections.push(token);
        collector = token[4] = [];
        break;
      case "/":
        section = sections.pop();
        section[5] = token[2];
        collector = sections.length > 0 ? sections[sections.length - 1][4] : nestedTokens;
        break;
      default:
        collector.push(token);
    }
  }
  return nestedTokens;
}
function Scanner(string) {
  this.string = string;
  this.tail = string;
  this.pos = 0;
}
Scanner.prototype.eos = function eos() {
  return this.tail === "";
};
Scanner.prototype.scan = function scan(re) {
  var match = this.tail.match(re);
  if (!match || match.index !== 0)
    return "";
  var string = match[0];
  this.tail = this.tail.substring(string.length);
  this.pos += string.length;
  return string;
};
Scanner.prototype.scanUntil = function scanUntil(re) {
  var index = this.tail.search(re), match;
  switch (index) {
    case -1:
      match = this.tail;
      this.tail = "";
      break;
    case 0:
      match = "";
      break;
    default:
      match = this.tail.substring(0, index);
      this.tail = this.tail.substring(index);
  }
  this.pos += match.length;
  return match;
};
function Context(view, parentContext) {
  this.view = view;
  this.cache = { ".": this.view };
  this.parent = parentContext;
}
Context.prototype.push = function push(view) {
  return new Context(view, this);
};
Context.prototype.lookup = function lookup(name) {
  var cache = this.cache;
  var value;
  if (cache.hasOwnProperty(name)) {
    value = cache[name];
  } else {
    var context2 = this, intermediateValue, names, index, lookupHit = false;
    while (context2) {
      if (name.indexOf(".") > 0) {
        intermediateValue = context2.view;
        names = name.split(".");
        index = 0;
        while (intermediateValue != null && index < names.length) {
          if (index === names.length - 1)
            lookupHit = hasProperty(intermediateValue, names[index]) || primitiveHasOwnProperty(intermediateValue, names[index]);
          intermediateValue = intermediateValue[names[index++]];
        }
      } else {
        intermediateValue = context2.view[name];
        lookupHit = hasProperty(context2.view, name);
      }
      if (lookupHit) {
        value = intermediateValue;
        break;
      }
      context2 = context2.parent;
    }
    cache[name] = value;
  }
  if (isFunction(value))
    value = value.call(this.view);
  return value;
};
function Writer() {
  this.templateCache = {
    _cache: {},
    set: function set(key, value) {
      this._cache[key] = value;
    },
    get: function get(key) {
      return this._cache[key];
    },
    clear: function clear() {
      this._cache = {};
    }
  };
}
Writer.prototype.clearCache = function clearCache() {
  if (typeof this.templateCache !== "undefined") {
    this.templateCache.clear();
  }
};
Writer.prototype.parse = function parse(template, tags) {
  var cache = this.templateCache;
  var cacheKey = template + ":" + (tags || mustache.tags).join(":");
  var isCacheEnabled = typeof cache !== "undefined";
  var tokens = isCacheEnabled ? cache.get(cacheKey) : void 0;
  if (tokens == void 0) {
    tokens = parseTemplate(template, tags);
    isCacheEnabled && cache.set(cacheKey, tokens);
  }
  return tokens;
};
Writer.prototype.render = function render(template, view, partials, config) {
  var tags = this.getConfigTags(config);
  var tokens = this.parse(template, tags);
  var context2 = view instanceof Context ? view : new Context(view, void 0);
  return this.renderTokens(tokens, context2, partials, template, config);
};
Writer.prototype.renderTokens = function renderTokens(tokens, context2, partials, originalTemplate, config) {
  var buffer = "";
  var token, symbol, value;
  for (var i = 0, numTokens = tokens.length; i < numTokens; ++i) {
    value = void 0;
    token = tokens[i];
    symbol = token[0];
    if (symbol === "#") value = this.renderSection(token, context2, partials, originalTemplate, config);
    else if (symbol === "^") value = this.renderInverted(token, context2, partials, originalTemplate, config);
    else if (symbol === ">") value = this.renderPartial(token, context2, partials, config);
    else if (symbol === "&") value = this.unescapedValue(token, context2);
    else if (symbol === "name") value = this.escapedValue(token, context2, config);
    else if (symbol === "text") value = this.rawValue(token);
    if (value !== void 0)
      buffer += value;
  }
  return buffer;
};
Writer.prototype.renderSection = function renderSection(token, context2, partials, originalTemplate, config) {
  var self = this;
  var buffer = "";
  var value = context2.lookup(token[1]);
  function subRender(template) {
    return self.render(template, context2, partials, config);
  }
  if (!value) return;
  if (isArray(value)) {
    for (var j = 0, valueLength = value.length; j < valueLength; ++j) {
      buffer += this.renderTokens(token[4], context2.push(value[j]), partials, originalTemplate, config);
    }
  } else if (typeof value === "object" || typeof value === "string" || typeof value === "number") {
    buffer += this.renderTokens(token[4], context2.push(value), partials, originalTemplate, config);
  } else if (isFunction(value)) {
    if (typeof originalTemplate !== "string")
      throw new Error("Cannot use higher-order sections without the original template");
    value = value.call(context2.view, originalTemplate.slice(token[3], token[5]), subRender);
    if (value != null)
      buffer += value;
  } else {
    buffer += this.renderTokens(token[4], context2, partials, originalTemplate, config);
  }
  return buffer;
};
Writer.prototype.renderInverted = function renderInverted(token, context2, partials, originalTemplate, config) {
  var value = context2.lookup(token[1]);
  if (!value || isArray(value) && value.length === 0)
    return this.renderTokens(token[4], context2, partials, originalTemplate, config);
};
Writer.prototype.indentPartial = function indentPartial(partial, indentation, lineHasNonSpace) {
  var filteredIndentation = indentation.replace(/[^ \t]/g, "");
  var partialByNl = partial.split("\n");
  for (var i = 0; i < partialByNl.length; i++) {
    if (partialByNl[i].length && (i > 0 || !lineHasNonSpace)) {
      partialByNl[i] = filteredIndentation + partialByNl[i];
    }
  }
  return partialByNl.join("\n");
};
Writer.prototype.renderPartial = function renderPartial(token, context2, partials, config) {
  if (!partials) return;
  var tags = this.getConfigTags(config);
  var value = isFunction(partials) ? partials(token[1]) : partials[token[1]];
  if (value != null) {
    var lineHasNonSpace = token[6];
    var tagIndex = token[5];
    var indentation = token[4];
    var indentedValue = value;
    if (tagIndex == 0 && indentation) {
      indentedValue = this.indentPartial(value, indentation, lineHasNonSpace);
    }
    var tokens = this.parse(indentedValue, tags);
    return this.renderTokens(tokens, context2, partials, indentedValue, config);
  }
};
Writer.prototype.unescapedValue = function unescapedValue(token, context2) {
  var value = context2.lookup(token[1]);
  if (value != null)
    return value;
};
Writer.prototype.escapedValue = function escapedValue(token, context2, config) {
  var escape = this.getConfigEscape(config) || mustache.escape;
  var value = context2.lookup(token[1]);
  if (value != null)
    return typeof value === "number" && escape === mustache.escape ? String(value) : escape(value);
};
Writer.prototype.rawValue = function rawValue(token) {
  return token[1];
};
Writer.prototype.getConfigTags = function getConfigTags(config) {
  if (isArray(config)) {
    return config;
  } else if (config && typeof config === "object") {
    return config.tags;
  } else {
    return void 0;
  }
};
Writer.prototype.getConfigEscape = function getConfigEscape(config) {
  if (config && typeof config === "object" && !isArray(config)) {
    return config.escape;
  } else {
    return void 0;
  }
};
var mustache = {
  name: "mustache.js",
  version: "4.2.0",
  tags: ["{{", "}}"],
  clearCache: void 0,
  escape: void 0,
  parse: void 0,
  render: void 0,
  Scanner: void 0,
  Context: void 0,
  Writer: void 0,
  /**
   * Allows a user to override the default caching strategy, by providing an
   * object with set, get and clear methods. This can also be used to disable
   * the cache by setting it to the literal `undefined`.
   */
  set templateCache(cache) {
    defaultWriter.templateCache = cache;
  },
  /**
   * Gets the default or overridden caching object from the default writer.
   */
  get templateCache() {
    return defaultWriter.templateCache;
  }
};
var defaultWriter = new Writer();
mustache.clearCache = function clearCache2() {
  return defaultWriter.clearCache();
};
mustache.parse = function parse2(template, tags) {
  return defaultWriter.parse(template, tags);
};
mustache.render = function render2(template, view, partials, config) {
  if (typeof template !== "string") {
    throw new TypeError('Invalid template! Template should be a "string" but "' + typeStr(template) + '" was given as the first argument for mustache#render(template, view, partials)');
  }
  return defaultWriter.render(template, view, partials, config);
};
mustache.escape = escapeHtml;
mustache.Scanner = Scanner;
mustache.Context = Context;
mustache.Writer = Writer;
var mustache_default = mustache;

// node_modules/@langfuse/client/dist/index.mjs
init_esm();
function parseJsonPath(jsonPath) {
  if (!jsonPath.startsWith("$")) {
    throw new Error(`Invalid JSONPath: ${jsonPath}`);
  }
  const segments = [];
  let i = 1;
  const n = jsonPath.length;
  while (i < n) {
    if (jsonPath[i] !== "[") {
      throw new Error(`Invalid JSONPath: ${jsonPath}`);
    }
    i += 1;
    if (jsonPath[i] === "'") {
      i += 1;
      const close = jsonPath.indexOf("']", i);
      if (close === -1) {
        throw new Error(`Invalid JSONPath: ${jsonPath}`);
      }
      segments.push(jsonPath.slice(i, close));
      i = close + 2;
    } else {
      const start = i;
      while (i < n && jsonPath[i] >= "0" && jsonPath[i] <= "9") {
        i += 1;
      }
      if (i === start || i >= n || jsonPath[i] !== "]") {
        throw new Error(`Invalid JSONPath: ${jsonPath}`);
      }
      segments.push(Number.parseInt(jsonPath.slice(start, i), 10));
      i += 1;
    }
  }
  return segments;
}
function setValueAtPath(value, jsonPath, replacement) {
  const segments = parseJsonPath(jsonPath);
  if (segments.length === 0) {
    return replacement;
  }
  let target = value;
  for (const segment of segments.slice(0, -1)) {
    target = target[segment];
  }
  const leaf = segments[segments.length - 1];
  if (typeof leaf === "number" && !Array.isArray(target)) {
    throw new Error(`Cannot resolve JSONPath: ${jsonPath}`);
  }
  target[leaf] = replacement;
  return value;
}
var MAX_MEDIA_TRAVERSAL_DEPTH = 20;
function isPlainObject(value) {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
var MEDIA_REFERENCE_FIELD_TO_ITEM_KEY = {
  input: "input",
  expectedOutput: "expectedOutput",
  metadata: "metadata"
};
function hydrateDatasetItemMediaReferences(item) {
  var _a2;
  const mediaReferences = (_a2 = item.mediaReferences) != null ? _a2 : [];
  for (const mediaReference of mediaReferences) {
    const media = mediaReference.media;
    if (!media) {
      continue;
    }
    const itemKey = MEDIA_REFERENCE_FIELD_TO_ITEM_KEY[mediaReference.field];
    if (!itemKey) {
      getGlobalLogger().warn(
        `Unrecognised media reference field "${mediaReference.field}", skipping hydration.`
      );
      continue;
    }
    const replacement = new LangfuseMediaReference({
      mediaId: media.mediaId,
      contentType: media.contentType,
      url: media.url,
      urlExpiry: media.urlExpiry,
      contentLength: media.contentLength,
      referenceString: mediaReference.referenceString
    });
    const itemRecord = item;
    try {
      itemRecord[itemKey] = setValueAtPath(
        itemRecord[itemKey],
        mediaReference.jsonPath,
        replacement
      );
    } catch (error) {
      getGlobalLogger().warn(
        `Failed to hydrate dataset media reference at JSONPath ${mediaReference.jsonPath}`,
        error
      );
    }
  }
  return item;
}
var DatasetManager = class {
  /**
   * Creates a new DatasetManager instance.
   *
   * @param params - Configuration object containing the API client
   * @internal
   */
  constructor(params) {
    this.langfuseClient = params.langfuseClient;
  }
  /**
   * Retrieves a dataset by name with all its items and experiment functionality.
   *
   * This method fetches a dataset and all its associated items, with support
   * for automatic pagination to handle large datasets efficiently. The returned
   * dataset object includes enhanced functionality for linking items to traces
   * and running experiments directly on the dataset.
   *
   * @param name - The name of the dataset to retrieve
   * @param options - Optional configuration for data fetching
   * @param options.fetchItemsPageSize - Number of items to fetch per page (default: 50)
   * @returns Promise resolving to enhanced dataset with items, linking, and experiment capabilities
   *
   * @example Basic dataset retrieval
   * ```typescript
   * const dataset = await langfuse.dataset.get("my-evaluation-dataset");
   * console.log(`Dataset ${dataset.name} has ${dataset.items.length} items`);
   *
   * // Access dataset properties
   * console.log(dataset.description);
   * console.log(dataset.metadata);
   * ```
   *
   * @example Working with dataset items
   * ```typescript
   * const dataset = await langfuse.dataset.get("qa-dataset");
   *
   * for (const item of dataset.items) {
   *   console.log("Question:", item.input);
   *   console.log("Expected Answer:", item.expectedOutput);
   * }
   * ```
   *
   * @example Running experiments on datasets
   * ```typescript
   * const dataset = await langfuse.dataset.get("benchmark-dataset");
   *
   * const result = await dataset.runExperiment({
   *   name: "GPT-4 Benchmark",
   *   runName: "GPT-4 Benchmark v1.2", // optional exact run name
   *   description: "Evaluating GPT-4 on our benchmark tasks",
   *   task: async ({ input }) => {
   *     const response = await openai.chat.completions.create({
   *       model: "gpt-4",
   *       messages: [{ role: "user", content: input }]
   *     });
   *     return response.choices[0].message.content;
   *   },
   *   evaluators: [
   *     async ({ output, expectedOutput }) => ({
   *       name: "exact_match",
   *       value: output === expectedOutput ? 1 : 0
   *     })
   *   ]
   * });
   *
   * console.log(await result.format());
   * ```
   *
   * @example Handling large datasets
   * ```typescript
   * // For very large datasets, use smaller page sizes
   * const largeDataset = await langfuse.dataset.get(
   *   "large-dataset",
   *   { fetchItemsPageSize: 100 }
   * );
   * ```
   *
   * @throws {Error} If the dataset does not exist or cannot be accessed
   * @see {@link FetchedDataset} for the complete return type specification
   * @see {@link RunExperimentOnDataset} for experiment execution details
   * @public
   * @since 4.0.0
   */
  async get(name, options) {
    var _a2;
    const dataset = await this.langfuseClient.api.datasets.get(name);
    const items = [];
    let page = 1;
    while (true) {
      const itemsResponse = await this.langfuseClient.api.datasetItems.list({
        datasetName: name,
        limit: (_a2 = options == null ? void 0 : options.fetchItemsPageSize) != null ? _a2 : 50,
        page,
        ...(options == null ? void 0 : options.version) && { version: options.version }
      });
      items.push(...itemsResponse.data.map(hydrateDatasetItemMediaReferences));
      if (itemsResponse.meta.totalPages <= page) {
        break;
      }
      page++;
    }
    const itemsWithLinkMethod = items.map((item) => ({
      ...item,
      link: this.createDatasetItemLinkFunction(item)
    }));
    const runExperiment = (params) => {
      return this.langfuseClient.experiment.run({
        data: items,
        datasetVersion: options == null ? void 0 : options.version,
        ...params
      });
    };
    const returnDataset = {
      ...dataset,
      items: itemsWithLinkMethod,
      version: options == null ? void 0 : options.version,
      runExperiment
    };
    return returnDataset;
  }
  /**
   * Creates (or upserts) a dataset item, handling media upload.
   *
   * Any {@link LangfuseMedia} found in `input`, `expectedOutput`, or `metadata`
   * (including nested in objects and arrays) is uploaded to Langfuse and
   * replaced with a media reference string before the item is created. The same
   * media is uploaded at most once per call.
   *
   * @param request - The dataset item to create
   * @returns The created dataset item
   *
   * @example Creating an item with media
   * ```typescript
   * await langfuse.dataset.createItem({
   *   datasetName: "vision-eval",
   *   input: {
   *     question: "Compare the candidate image against the reference image.",
   *     candidate: new LangfuseMedia({
   *       source: "bytes",
   *       contentBytes: candidateBytes,
   *       contentType: "image/png",
   *     }),
   *   },
   *   expectedOutput: {
   *     reference: new LangfuseMedia({
   *       source: "bytes",
   *       contentBytes: referenceBytes,
   *       contentType: "image/png",
   *     }),
   *     label: "match",
   *   },
   * });
   * ```
   *
   * @public
   */
  async createItem(request) {
    var _a2;
    const datasetItemId = (_a2 = request.id) != null ? _a2 : generateUUID();
    const toUpload = /* @__PURE__ */ new Map();
    const [input, expectedOutput, metadata] = await Promise.all([
      replaceDatasetItemMedia(request.input, "input", toUpload),
      replaceDatasetItemMedia(
        request.expectedOutput,
        "expectedOutput",
        toUpload
      ),
      replaceDatasetItemMedia(request.metadata, "metadata", toUpload)
    ]);
    if (toUpload.size > 0) {
      const datasetId = (await this.langfuseClient.api.datasets.get(request.datasetName)).id;
      await Promise.all(
        [...toUpload.values()].map(
          ({ media, field }) => uploadMedia({
            apiClient: this.langfuseClient.api,
            media,
            datasetId,
            datasetItemId,
            field
          })
        )
      );
    }
    return await this.langfuseClient.api.datasetItems.create({
      ...request,
      id: datasetItemId,
      input,
      expectedOutput,
      metadata
    });
  }
  /**
   * Creates a link function for a specific dataset item.
   * @deprecated Use `runExperiment()` instead.
   * @internal
   */
  createDatasetItemLinkFunction(item) {
    const linkFunction = async (obj, runName, runArgs) => {
      const { traceId: traceId2, spanId } = obj.otelSpan.spanContext();
      return await this.langfuseClient.api.datasetRunItems.create({
        runName,
        datasetItemId: item.id,
        traceId: traceId2,
        observationId: spanId,
        runDescription: runArgs == null ? void 0 : runArgs.description,
        metadata: runArgs == null ? void 0 : runArgs.metadata
      });
    };
    return linkFunction;
  }
};
async function replaceDatasetItemMedia(data, field, collected, level = 1, ancestors = /* @__PURE__ */ new Set()) {
  if (data instanceof LangfuseMedia) {
    const [referenceString, mediaId] = await Promise.all([
      data.getTag(),
      data.getId()
    ]);
    if (!referenceString || !mediaId) {
      throw new Error("Cannot create dataset item with invalid LangfuseMedia.");
    }
    if (!collected.has(mediaId)) {
      collected.set(mediaId, { media: data, field });
    }
    return referenceString;
  }
  if (data instanceof LangfuseMediaReference) {
    return data.referenceString;
  }
  const isArray2 = Array.isArray(data);
  if (data === null || typeof data !== "object" || !isArray2 && !isPlainObject(data)) {
    return data;
  }
  if (ancestors.has(data)) {
    return data;
  }
  if (level > MAX_MEDIA_TRAVERSAL_DEPTH) {
    getGlobalLogger().warn(
      `Dataset item media traversal exceeded ${MAX_MEDIA_TRAVERSAL_DEPTH} levels; any LangfuseMedia nested deeper will not be uploaded.`
    );
    return data;
  }
  const nextAncestors = new Set(ancestors).add(data);
  const recurse = (value) => replaceDatasetItemMedia(value, field, collected, level + 1, nextAncestors);
  if (isArray2) {
    return Promise.all(data.map(recurse));
  }
  const entries = await Promise.all(
    Object.entries(data).map(
      async ([key, value]) => [key, await recurse(value)]
    )
  );
  return Object.fromEntries(entries);
}
var ExperimentManager = class {
  /**
   * Creates a new ExperimentManager instance.
   *
   * @param params - Configuration object
   * @param params.langfuseClient - The Langfuse client instance for API communication
   * @internal
   */
  constructor(params) {
    this.langfuseClient = params.langfuseClient;
  }
  /**
   * Gets the global logger instance for experiment-related logging.
   *
   * @returns The global logger instance
   * @internal
   */
  get logger() {
    return getGlobalLogger();
  }
  /**
   * Executes an experiment by running a task on each data item and evaluating the results.
   *
   * This method orchestrates the complete experiment lifecycle:
   * 1. Executes the task function on each data item with proper tracing
   * 2. Runs item-level evaluators on each task output
   * 3. Executes run-level evaluators on the complete result set
   * 4. Links results to dataset runs (for Langfuse datasets)
   * 5. Stores all scores and traces in Langfuse
   *
   * @param config - The experiment configuration
   * @param config.name - Human-readable name for the experiment
   * @param config.runName - Optional exact name for the experiment run (defaults to name + timestamp)
   * @param config.description - Optional description of the experiment's purpose
   * @param config.metadata - Optional metadata to attach to the experiment run
   * @param config.data - Array of data items to process (ExperimentItem[] or DatasetItem[])
   * @param config.task - Function that processes each data item and returns output
   * @param config.evaluators - Optional array of functions to evaluate each item's output
   * @param config.runEvaluators - Optional array of functions to evaluate the entire run
   * @param config.maxConcurrency - Maximum number of concurrent task executions (default: 50)
   *
   * @returns Promise that resolves to experiment results including:
   *   - experimentId: Stable identifier for the experiment execution
   *   - runName: The experiment run name (either provided or generated)
   *   - itemResults: Results for each processed data item
   *   - runEvaluations: Results from run-level evaluators
   *   - datasetRunId: ID of the dataset run (if using Langfuse datasets)
   *   - format: Function to format results for display
   *
   * @throws {Error} When task execution fails and cannot be handled gracefully
   * @throws {Error} When required evaluators fail critically
   *
   * @example Simple experiment
   * ```typescript
   * const result = await langfuse.experiment.run({
   *   name: "Translation Quality Test",
   *   data: [
   *     { input: "Hello world", expectedOutput: "Hola mundo" },
   *     { input: "Good morning", expectedOutput: "Buenos días" }
   *   ],
   *   task: async ({ input }) => translateText(input, 'es'),
   *   evaluators: [
   *     async ({ output, expectedOutput }) => ({
   *       name: "bleu_score",
   *       value: calculateBleuScore(output, expectedOutput)
   *     })
   *   ]
   * });
   * ```
   *
   * @example Experiment with concurrency control
   * ```typescript
   * const result = await langfuse.experiment.run({
   *   name: "Large Scale Evaluation",
   *   data: largeBatchOfItems,
   *   task: expensiveModelCall,
   *   maxConcurrency: 5, // Process max 5 items simultaneously
   *   evaluators: [myEvaluator],
   *   runEvaluators: [
   *     async ({ itemResults }) => ({
   *       name: "average_score",
   *       value: itemResults.reduce((acc, r) => acc + r.evaluations[0].value, 0) / itemResults.length
   *     })
   *   ]
   * });
   * ```
   *
   * @see {@link ExperimentParams} for detailed parameter documentation
   * @see {@link ExperimentResult} for detailed return value documentation
   * @see {@link Evaluator} for evaluator function specifications
   * @see {@link RunEvaluator} for run evaluator function specifications
   *
   * @public
   */
  async run(config) {
    var _a2;
    const {
      data,
      evaluators,
      task,
      name,
      runName: providedRunName,
      description,
      metadata,
      maxConcurrency = 50,
      runEvaluators
    } = config;
    const runName = this.createExperimentRunName({
      name,
      runName: providedRunName
    });
    const fallbackExperimentId = await createExperimentId();
    if (!this.isOtelRegistered()) {
      this.logger.warn(
        "OpenTelemetry has not been set up. Traces will not be sent to Langfuse.See our docs on how to set up OpenTelemetry: https://langfuse.com/docs/observability/sdk/typescript/setup#tracing-setup"
      );
    }
    const itemResultsByIndex = new Array(data.length);
    let nextIndex = 0;
    const runNextItem = async () => {
      while (nextIndex < data.length) {
        const index = nextIndex++;
        const item = data[index];
        try {
          itemResultsByIndex[index] = await this.runItem({
            item,
            evaluators,
            task,
            experimentName: name,
            experimentRunName: runName,
            experimentDescription: description,
            experimentMetadata: metadata,
            fallbackExperimentId,
            datasetVersion: config.datasetVersion
          });
        } catch (reason) {
          const errorMessage = reason instanceof Error ? reason.message : String(reason);
          this.logger.error(
            `Task failed with error: ${errorMessage}. Skipping item.`
          );
        }
      }
    };
    const workers = Array.from(
      { length: Math.min(maxConcurrency, data.length) },
      runNextItem
    );
    await Promise.all(workers);
    const itemResults = itemResultsByIndex.filter(
      (result) => result !== void 0
    );
    const datasetRunId = (_a2 = itemResults.find(
      (item) => item.datasetRunId
    )) == null ? void 0 : _a2.datasetRunId;
    const experimentId = datasetRunId || fallbackExperimentId;
    let datasetRunUrl = void 0;
    if (datasetRunId && data.length > 0 && "datasetId" in data[0]) {
      const datasetId = data[0].datasetId;
      const projectUrl = (await this.langfuseClient.getTraceUrl("mock")).split(
        "/traces"
      )[0];
      datasetRunUrl = `${projectUrl}/datasets/${datasetId}/runs/${datasetRunId}`;
    }
    let runEvaluations = [];
    if (runEvaluators && (runEvaluators == null ? void 0 : runEvaluators.length) > 0) {
      const promises = runEvaluators.map(async (runEvaluator) => {
        return runEvaluator({ itemResults }).then((result) => {
          return Array.isArray(result) ? result : [result];
        }).catch((err) => {
          this.logger.error("Run evaluator failed with error ", err);
          throw err;
        });
      });
      runEvaluations = (await Promise.allSettled(promises)).reduce(
        (acc, settledPromise) => {
          if (settledPromise.status === "fulfilled") {
            acc.push(...settledPromise.value);
          }
          return acc;
        },
        []
      );
      if (datasetRunId) {
        runEvaluations.forEach(
          (runEval) => this.langfuseClient.score.create({ datasetRunId, ...runEval })
        );
      }
    }
    await this.langfuseClient.score.flush();
    return {
      experimentId,
      runName,
      itemResults,
      datasetRunId,
      datasetRunUrl,
      runEvaluations,
      format: async (options) => {
        var _a22;
        return await this.prettyPrintResults({
          datasetRunUrl,
          itemResults,
          originalData: data,
          runEvaluations,
          name: config.name,
          runName,
          description: config.description,
          includeItemResults: (_a22 = options == null ? void 0 : options.includeItemResults) != null ? _a22 : false
        });
      }
    };
  }
  /**
   * Executes the task and evaluators for a single data item.
   *
   * This method handles the complete processing pipeline for one data item:
   * 1. Executes the task within a traced observation span
   * 2. Links the result to a dataset run (if applicable)
   * 3. Runs all item-level evaluators on the output
   * 4. Stores evaluation scores in Langfuse
   * 5. Handles errors gracefully by continuing with remaining evaluators
   *
   * @param params - Parameters for item execution
   * @param params.experimentName - Name of the parent experiment
   * @param params.experimentRunName - Run name for the parent experiment
   * @param params.experimentDescription - Description of the parent experiment
   * @param params.experimentMetadata - Metadata for the parent experiment
   * @param params.item - The data item to process
   * @param params.task - The task function to execute
   * @param params.evaluators - Optional evaluators to run on the output
   *
   * @returns Promise resolving to the item result with output, evaluations, and trace info
   *
   * @throws {Error} When task execution fails (propagated from task function)
   *
   * @internal
   */
  async runItem(params) {
    const { item, evaluators = [], task, experimentMetadata } = params;
    const { output, traceId: traceId2, observationId, datasetRunId } = await startActiveObservation("experiment-item-run", async (span) => {
      const input = item.input;
      const expectedOutput = item.expectedOutput;
      const itemMetadata = item.metadata;
      const datasetId = "datasetId" in item ? item.datasetId : void 0;
      const datasetItemId = "id" in item ? item.id : void 0;
      const traceId22 = span.traceId;
      const observationId2 = span.id;
      if (input === void 0) {
        throw new Error("Experiment item is missing input. Skipping item.");
      }
      let datasetRunId2 = void 0;
      if (datasetItemId) {
        try {
          const result = await this.langfuseClient.api.datasetRunItems.create(
            {
              runName: params.experimentRunName,
              runDescription: params.experimentDescription,
              metadata: params.experimentMetadata,
              datasetItemId,
              traceId: traceId22,
              observationId: observationId2,
              ...params.datasetVersion && {
                datasetVersion: params.datasetVersion
              }
            }
          );
          datasetRunId2 = result.datasetRunId;
        } catch (err) {
          this.logger.error("Linking dataset run item failed", err);
        }
      }
      const experimentItemId = datasetItemId || await createExperimentItemId(input);
      const experimentId = datasetRunId2 || params.fallbackExperimentId;
      const rootSpanAttributes = {
        [LangfuseOtelSpanAttributes.ENVIRONMENT]: LANGFUSE_SDK_EXPERIMENT_ENVIRONMENT
      };
      if (params.experimentDescription) {
        rootSpanAttributes[LangfuseOtelSpanAttributes.EXPERIMENT_DESCRIPTION] = params.experimentDescription;
      }
      if (expectedOutput !== void 0) {
        const serialized = serializeValue(expectedOutput);
        if (serialized) {
          rootSpanAttributes[LangfuseOtelSpanAttributes.EXPERIMENT_ITEM_EXPECTED_OUTPUT] = serialized;
        }
      }
      span.otelSpan.setAttributes(rootSpanAttributes);
      const output2 = await propagateAttributes(
        {
          _internalExperiment: {
            experimentId,
            experimentName: params.experimentRunName,
            experimentMetadata: serializeValue(experimentMetadata),
            experimentDatasetId: datasetId,
            experimentItemId,
            experimentItemMetadata: serializeValue(itemMetadata),
            experimentItemRootObservationId: span.id
          }
        },
        async () => await task(item)
      );
      span.update({
        input,
        output: output2,
        metadata: {
          ...itemMetadata != null ? itemMetadata : {},
          ...experimentMetadata,
          experiment_name: params.experimentName,
          experiment_run_name: params.experimentRunName,
          ...datasetId && datasetItemId ? {
            dataset_id: datasetId,
            dataset_item_id: datasetItemId
          } : {}
        }
      });
      return {
        output: output2,
        traceId: traceId22,
        observationId: observationId2,
        datasetRunId: datasetRunId2
      };
    });
    const evalPromises = evaluators.map(
      async (evaluator) => {
        const params2 = {
          input: item.input,
          expectedOutput: item.expectedOutput,
          output,
          metadata: item.metadata
        };
        return evaluator(params2).then((result) => {
          return Array.isArray(result) ? result : [result];
        }).catch((err) => {
          this.logger.error(
            `Evaluator '${evaluator.name}' failed for params 

${JSON.stringify(params2)}

 with error: ${err}`
          );
          throw err;
        });
      }
    );
    const evals = (await Promise.allSettled(evalPromises)).reduce(
      (acc, promiseResult) => {
        if (promiseResult.status === "fulfilled") {
          acc.push(...promiseResult.value.flat());
        }
        return acc;
      },
      []
    );
    for (const ev of evals) {
      this.langfuseClient.score.create({
        traceId: traceId2,
        observationId,
        ...ev
      });
    }
    return {
      output,
      evaluations: evals,
      traceId: traceId2,
      datasetRunId,
      item
    };
  }
  /**
   * Formats experiment results into a human-readable string representation.
   *
   * Creates a comprehensive, nicely formatted summary of the experiment including:
   * - Individual item results with inputs, outputs, expected values, and scores
   * - Dataset item and trace links (when available)
   * - Experiment overview with aggregate statistics
   * - Average scores across all evaluations
   * - Run-level evaluation results
   * - Links to dataset runs in the Langfuse UI
   *
   * @param params - Formatting parameters
   * @param params.datasetRunUrl - Optional URL to the dataset run in Langfuse UI
   * @param params.itemResults - Results from processing each data item
   * @param params.originalData - The original input data items
   * @param params.runEvaluations - Results from run-level evaluators
   * @param params.name - Name of the experiment
   * @param params.description - Optional description of the experiment
   * @param params.includeItemResults - Whether to include individual item details (default: false)
   *
   * @returns Promise resolving to formatted string representation
   *
   * @example Output format
   * ```
   * 1. Item 1:
   *    Input:    What is the capital of France?
   *    Expected: Paris
   *    Actual:   Paris
   *    Scores:
   *      • exact_match: 1.000
   *      • similarity: 0.95
   *        💭 Very close match with expected output
   *
   *    Dataset Item:
   *    https://cloud.langfuse.com/project/123/datasets/456/items/789
   *
   *    Trace:
   *    https://cloud.langfuse.com/project/123/traces/abc123
   *
   * ──────────────────────────────────────────────────
   * 📊 Translation Quality Test - Testing model accuracy
   * 2 items
   * Evaluations:
   *   • exact_match
   *   • similarity
   *
   * Average Scores:
   *   • exact_match: 0.850
   *   • similarity: 0.923
   *
   * Run Evaluations:
   *   • overall_quality: 0.887
   *     💭 Good performance with room for improvement
   *
   * 🔗 Dataset Run:
   *    https://cloud.langfuse.com/project/123/datasets/456/runs/def456
   * ```
   *
   * @internal
   */
  async prettyPrintResults(params) {
    var _a2, _b;
    const {
      itemResults,
      originalData,
      runEvaluations,
      name,
      runName,
      description,
      includeItemResults = false
    } = params;
    if (itemResults.length === 0) {
      return "No experiment results to display.";
    }
    let output = "";
    if (includeItemResults) {
      for (let index = 0; index < itemResults.length; index++) {
        const result = itemResults[index];
        const originalItem = originalData[index];
        output += `
${index + 1}. Item ${index + 1}:
`;
        if ((originalItem == null ? void 0 : originalItem.input) !== void 0) {
          output += `   Input:    ${this.formatValue(originalItem.input)}
`;
        }
        const expectedOutput = (_b = (_a2 = originalItem == null ? void 0 : originalItem.expectedOutput) != null ? _a2 : result.expectedOutput) != null ? _b : null;
        output += `   Expected: ${expectedOutput !== null ? this.formatValue(expectedOutput) : "null"}
`;
        output += `   Actual:   ${this.formatValue(result.output)}
`;
        if (result.evaluations.length > 0) {
          output += `   Scores:
`;
          result.evaluations.forEach((evaluation) => {
            const score = typeof evaluation.value === "number" ? evaluation.value.toFixed(3) : evaluation.value;
            output += `     • ${evaluation.name}: ${score}`;
            if (evaluation.comment) {
              output += `
       💭 ${evaluation.comment}`;
            }
            output += "\n";
          });
        }
        if (originalItem && "id" in originalItem && "datasetId" in originalItem) {
          const projectUrl = (await this.langfuseClient.getTraceUrl("mock")).split("/traces")[0];
          const datasetItemUrl = `${projectUrl}/datasets/${originalItem.datasetId}/items/${originalItem.id}`;
          output += `
   Dataset Item:
   ${datasetItemUrl}
`;
        }
        if (result.traceId) {
          const traceUrl = await this.langfuseClient.getTraceUrl(
            result.traceId
          );
          output += `
   Trace:
   ${traceUrl}
`;
        }
      }
    } else {
      output += `Individual Results: Hidden (${itemResults.length} items)
`;
      output += "💡 Call format({ includeItemResults: true }) to view them\n";
    }
    const totalItems = itemResults.length;
    const evaluationNames = new Set(
      itemResults.flatMap((r) => r.evaluations.map((e) => e.name))
    );
    output += `
${"─".repeat(50)}
`;
    output += `🧪 Experiment: ${name}`;
    output += `
📋 Run name: ${runName}`;
    if (description) {
      output += ` - ${description}`;
    }
    output += `
${totalItems} items`;
    if (evaluationNames.size > 0) {
      output += `
Evaluations:`;
      Array.from(evaluationNames).forEach((evalName) => {
        output += `
  • ${evalName}`;
      });
      output += "\n";
    }
    if (evaluationNames.size > 0) {
      output += `
Average Scores:`;
      for (const evalName of evaluationNames) {
        const scores = itemResults.flatMap((r) => r.evaluations).filter((e) => e.name === evalName && typeof e.value === "number").map((e) => e.value);
        if (scores.length > 0) {
          const avg = scores.reduce((a, b) => a + b, 0) / scores.length;
          output += `
  • ${evalName}: ${avg.toFixed(3)}`;
        }
      }
      output += "\n";
    }
    if (runEvaluations.length > 0) {
      output += `
Run Evaluations:`;
      runEvaluations.forEach((runEval) => {
        const score = typeof runEval.value === "number" ? runEval.value.toFixed(3) : runEval.value;
        output += `
  • ${runEval.name}: ${score}`;
        if (runEval.comment) {
          output += `
    💭 ${runEval.comment}`;
        }
      });
      output += "\n";
    }
    if (params.datasetRunUrl) {
      output += `
🔗 Dataset Run:
   ${params.datasetRunUrl}`;
    }
    return output;
  }
  /**
   * Formats a value for display in pretty-printed output.
   *
   * Handles different value types appropriately:
   * - Strings: Truncates long strings to 50 characters with "..."
   * - Objects/Arrays: Converts to JSON string representation
   * - Primitives: Uses toString() representation
   *
   * @param value - The value to format
   * @returns Formatted string representation suitable for display
   *
   * @internal
   */
  formatValue(value) {
    if (typeof value === "string") {
      return value.length > 50 ? `${value.substring(0, 47)}...` : value;
    }
    return JSON.stringify(value);
  }
  isOtelRegistered() {
    let tracerProvider = trace.getTracerProvider();
    if (tracerProvider instanceof ProxyTracerProvider) {
      tracerProvider = tracerProvider.getDelegate();
    }
    return tracerProvider.constructor.name !== "NoopTracerProvider";
  }
  /**
   * Creates an experiment run name based on provided parameters.
   *
   * If runName is provided, returns it directly. Otherwise, generates
   * a name by combining the experiment name with an ISO timestamp.
   *
   * @param params - Parameters for run name creation
   * @param params.name - The experiment name
   * @param params.runName - Optional provided run name
   * @returns The final run name to use
   *
   * @internal
   */
  createExperimentRunName(params) {
    if (params.runName) {
      return params.runName;
    }
    const isoTimestamp = (/* @__PURE__ */ new Date()).toISOString();
    return `${params.name} - ${isoTimestamp}`;
  }
};
var MediaManager = class _MediaManager {
  /**
   * Creates a new MediaManager instance.
   *
   * @param params - Configuration object containing the API client
   * @internal
   */
  constructor(params) {
    this.apiClient = params.apiClient;
  }
  /**
   * Replaces media reference strings in an object with base64 data URIs.
   *
   * This method recursively traverses an object looking for media reference strings
   * in the format "@@@langfuseMedia:...@@@". When found, it fetches the actual media
   * content from Langfuse and replaces the reference string with a base64 data URI.
   *
   * If fetching media content fails for a reference string, a warning is logged
   * and the reference string is left unchanged.
   *
   * @param params - Configuration object
   * @returns A deep copy of the input object with media references resolved
   *
   * @example
   * ```typescript
   * const obj = {
   *   image: "@@@langfuseMedia:type=image/jpeg|id=123|source=bytes@@@",
   *   nested: {
   *     pdf: "@@@langfuseMedia:type=application/pdf|id=456|source=bytes@@@"
   *   }
   * };
   *
   * const result = await langfuse.media.resolveReferences({
   *   obj,
   *   resolveWith: "base64DataUri"
   * });
   *
   * // Result:
   * // {
   * //   image: "data:image/jpeg;base64,/9j/4AAQSkZJRg...",
   * //   nested: {
   * //     pdf: "data:application/pdf;base64,JVBERi0xLjcK..."
   * //   }
   * // }
   * ```
   */
  async resolveReferences(params) {
    const { obj, maxDepth = 10 } = params;
    const traverse = async (obj2, depth) => {
      if (depth > maxDepth) {
        return obj2;
      }
      if (typeof obj2 === "string") {
        const regex = /@@@langfuseMedia:.+?@@@/g;
        const referenceStringMatches = obj2.match(regex);
        if (!referenceStringMatches) {
          return obj2;
        }
        let result = obj2;
        const referenceStringToMediaContentMap = /* @__PURE__ */ new Map();
        await Promise.all(
          referenceStringMatches.map(async (referenceString) => {
            try {
              const parsedMediaReference = _MediaManager.parseReferenceString(referenceString);
              const mediaData = await this.apiClient.media.get(
                parsedMediaReference.mediaId
              );
              const mediaContent = await fetch(mediaData.url, {
                method: "GET",
                headers: {}
              });
              if (mediaContent.status !== 200) {
                throw new Error("Failed to fetch media content");
              }
              const uint8Content = new Uint8Array(
                await mediaContent.arrayBuffer()
              );
              const base64MediaContent = bytesToBase64(uint8Content);
              const base64DataUri = `data:${mediaData.contentType};base64,${base64MediaContent}`;
              referenceStringToMediaContentMap.set(
                referenceString,
                base64DataUri
              );
            } catch (error) {
              getGlobalLogger().warn(
                "Error fetching media content for reference string",
                referenceString,
                error
              );
            }
          })
        );
        for (const [
          referenceString,
          base64MediaContent
        ] of referenceStringToMediaContentMap.entries()) {
          result = result.replaceAll(referenceString, base64MediaContent);
        }
        return result;
      }
      if (Array.isArray(obj2)) {
        return Promise.all(
          obj2.map(async (item) => await traverse(item, depth + 1))
        );
      }
      if (typeof obj2 === "object" && obj2 !== null) {
        return Object.fromEntries(
          await Promise.all(
            Object.entries(obj2).map(async ([key, value]) => [
              key,
              await traverse(value, depth + 1)
            ])
          )
        );
      }
      return obj2;
    };
    return traverse(obj, 0);
  }
  /**
   * Parses a media reference string into a ParsedMediaReference.
   *
   * Example reference string:
   *     "@@@langfuseMedia:type=image/jpeg|id=some-uuid|source=base64DataUri@@@"
   *
   * @param referenceString - The reference string to parse.
   * @returns An object with the mediaId, source, and contentType.
   *
   * @throws Error if the reference string is invalid or missing required fields.
   */
  static parseReferenceString(referenceString) {
    const prefix = "@@@langfuseMedia:";
    const suffix = "@@@";
    if (!referenceString.startsWith(prefix)) {
      throw new Error(
        "Reference string does not start with '@@@langfuseMedia:type='"
      );
    }
    if (!referenceString.endsWith(suffix)) {
      throw new Error("Reference string does not end with '@@@'");
    }
    const content = referenceString.slice(prefix.length, -suffix.length);
    const pairs = content.split("|");
    const parsedData = {};
    for (const pair of pairs) {
      const [key, value] = pair.split("=", 2);
      parsedData[key] = value;
    }
    if (!("type" in parsedData && "id" in parsedData && "source" in parsedData)) {
      throw new Error("Missing required fields in reference string");
    }
    return {
      mediaId: parsedData["id"],
      source: parsedData["source"],
      contentType: parsedData["type"]
    };
  }
};
var DEFAULT_PROMPT_CACHE_TTL_SECONDS = 60;
var LangfusePromptCacheItem = class {
  constructor(value, ttlSeconds) {
    this.value = value;
    this._expiry = Date.now() + ttlSeconds * 1e3;
  }
  get isExpired() {
    return Date.now() > this._expiry;
  }
};
var LangfusePromptCache = class {
  constructor() {
    this._cache = /* @__PURE__ */ new Map();
    this._defaultTtlSeconds = DEFAULT_PROMPT_CACHE_TTL_SECONDS;
    this._refreshingKeys = /* @__PURE__ */ new Map();
  }
  getIncludingExpired(key) {
    var _a2;
    return (_a2 = this._cache.get(key)) != null ? _a2 : null;
  }
  createKey(params) {
    const { name, version, label } = params;
    const parts = [name];
    if (version !== void 0) {
      parts.push("version:" + version.toString());
    } else if (label !== void 0) {
      parts.push("label:" + label);
    } else {
      parts.push("label:production");
    }
    return parts.join("-");
  }
  set(key, value, ttlSeconds) {
    const effectiveTtlSeconds = ttlSeconds != null ? ttlSeconds : this._defaultTtlSeconds;
    this._cache.set(
      key,
      new LangfusePromptCacheItem(value, effectiveTtlSeconds)
    );
  }
  addRefreshingPromise(key, promise) {
    this._refreshingKeys.set(key, promise);
    promise.then(() => {
      this._refreshingKeys.delete(key);
    }).catch(() => {
      this._refreshingKeys.delete(key);
    });
  }
  isRefreshing(key) {
    return this._refreshingKeys.has(key);
  }
  invalidate(promptName) {
    getGlobalLogger().debug(
      "Invalidating cache keys for",
      promptName,
      this._cache.keys()
    );
    for (const key of this._cache.keys()) {
      if (key.startsWith(promptName)) {
        this._cache.delete(key);
      }
    }
  }
};
mustache_default.escape = function(text) {
  return text;
};
var BasePromptClient = class {
  /**
   * Creates a new BasePromptClient instance.
   *
   * @param prompt - The base prompt data
   * @param isFallback - Whether this is fallback content
   * @param type - The prompt type
   * @internal
   */
  constructor(prompt, isFallback = false, type) {
    this.name = prompt.name;
    this.version = prompt.version;
    this.config = prompt.config;
    this.labels = prompt.labels;
    this.tags = prompt.tags;
    this.isFallback = isFallback;
    this.type = type;
    this.commitMessage = prompt.commitMessage;
  }
  _transformToLangchainVariables(content) {
    const jsonEscapedContent = this.escapeJsonForLangchain(content);
    return jsonEscapedContent.replace(/\{\{(\w+)\}\}/g, "{$1}");
  }
  /**
   * Escapes every curly brace that is part of a JSON object by doubling it.
   *
   * A curly brace is considered “JSON-related” when, after skipping any immediate
   * whitespace, the next non-whitespace character is a single (') or double (") quote.
   *
   * Braces that are already doubled (e.g. `{{variable}}` placeholders) are left untouched.
   *
   * @param text - Input string that may contain JSON snippets.
   * @returns The string with JSON-related braces doubled.
   */
  escapeJsonForLangchain(text) {
    var _a2;
    const out = [];
    const stack = [];
    let i = 0;
    const n = text.length;
    while (i < n) {
      const ch = text[i];
      if (ch === "{") {
        if (i + 1 < n && text[i + 1] === "{") {
          out.push("{{");
          i += 2;
          continue;
        }
        let j = i + 1;
        while (j < n && /\s/.test(text[j])) {
          j++;
        }
        const isJson = j < n && (text[j] === "'" || text[j] === '"');
        out.push(isJson ? "{{" : "{");
        stack.push(isJson);
        i += 1;
        continue;
      }
      if (ch === "}") {
        if (i + 1 < n && text[i + 1] === "}") {
          out.push("}}");
          i += 2;
          continue;
        }
        const isJson = (_a2 = stack.pop()) != null ? _a2 : false;
        out.push(isJson ? "}}" : "}");
        i += 1;
        continue;
      }
      out.push(ch);
      i += 1;
    }
    return out.join("");
  }
};
var TextPromptClient = class extends BasePromptClient {
  /**
   * Creates a new TextPromptClient instance.
   *
   * @param prompt - The text prompt data
   * @param isFallback - Whether this is fallback content
   */
  constructor(prompt, isFallback = false) {
    super(prompt, isFallback, "text");
    this.promptResponse = prompt;
    this.prompt = prompt.prompt;
  }
  /**
   * Compiles the text prompt by substituting variables.
   *
   * Uses Mustache templating to replace {{variable}} placeholders with provided values.
   *
   * @param variables - Key-value pairs for variable substitution
   * @param _placeholders - Ignored for text prompts
   * @returns The compiled text with variables substituted
   *
   * @example
   * ```typescript
   * const prompt = await langfuse.prompt.get("greeting", { type: "text" });
   * const compiled = prompt.compile({ name: "Alice" });
   * // If prompt is "Hello {{name}}!", result is "Hello Alice!"
   * ```
   */
  compile(variables, _placeholders) {
    return mustache_default.render(this.promptResponse.prompt, variables != null ? variables : {});
  }
  /**
   * Converts the prompt to LangChain PromptTemplate format.
   *
   * Transforms Mustache-style {{variable}} syntax to LangChain's {variable} format.
   *
   * @param _options - Ignored for text prompts
   * @returns The prompt string compatible with LangChain PromptTemplate
   *
   * @example
   * ```typescript
   * const prompt = await langfuse.prompt.get("greeting", { type: "text" });
   * const langchainFormat = prompt.getLangchainPrompt();
   * // Transforms "Hello {{name}}!" to "Hello {name}!"
   * ```
   */
  getLangchainPrompt(_options) {
    return this._transformToLangchainVariables(this.prompt);
  }
  toJSON() {
    return JSON.stringify({
      name: this.name,
      prompt: this.prompt,
      version: this.version,
      isFallback: this.isFallback,
      tags: this.tags,
      labels: this.labels,
      type: this.type,
      config: this.config
    });
  }
};
var ChatPromptClient = class _ChatPromptClient extends BasePromptClient {
  /**
   * Creates a new ChatPromptClient instance.
   *
   * @param prompt - The chat prompt data
   * @param isFallback - Whether this is fallback content
   */
  constructor(prompt, isFallback = false) {
    const normalizedPrompt = _ChatPromptClient.normalizePrompt(prompt.prompt);
    const typedPrompt = {
      ...prompt,
      prompt: normalizedPrompt
    };
    super(typedPrompt, isFallback, "chat");
    this.promptResponse = typedPrompt;
    this.prompt = normalizedPrompt;
  }
  static normalizePrompt(prompt) {
    return prompt.map((item) => {
      if ("type" in item) {
        return item;
      } else {
        return {
          type: "chatmessage",
          ...item
        };
      }
    });
  }
  /**
   * Compiles the chat prompt by replacing placeholders and variables.
   *
   * First resolves placeholders with provided values, then applies variable substitution
   * to message content using Mustache templating. Unresolved placeholders remain
   * as placeholder objects in the output.
   *
   * @param variables - Key-value pairs for Mustache variable substitution in message content
   * @param placeholders - Key-value pairs where keys are placeholder names and values are ChatMessage arrays
   * @returns Array of ChatMessage objects and unresolved placeholder objects
   *
   * @example
   * ```typescript
   * const prompt = await langfuse.prompt.get("conversation", { type: "chat" });
   * const compiled = prompt.compile(
   *   { user_name: "Alice" },
   *   { examples: [{ role: "user", content: "Hello" }, { role: "assistant", content: "Hi!" }] }
   * );
   * ```
   */
  compile(variables, placeholders) {
    const messagesWithPlaceholdersReplaced = [];
    const placeholderValues = placeholders != null ? placeholders : {};
    for (const item of this.prompt) {
      if ("type" in item && item.type === "placeholder") {
        const placeholderValue = placeholderValues[item.name];
        if (Array.isArray(placeholderValue) && placeholderValue.length > 0 && placeholderValue.every(
          (msg) => typeof msg === "object" && "role" in msg && "content" in msg
        )) {
          messagesWithPlaceholdersReplaced.push(
            ...placeholderValue
          );
        } else if (Array.isArray(placeholderValue) && placeholderValue.length === 0) {
        } else if (placeholderValue !== void 0) {
          messagesWithPlaceholdersReplaced.push(
            JSON.stringify(placeholderValue)
          );
        } else {
          messagesWithPlaceholdersReplaced.push(
            item
          );
        }
      } else if ("role" in item && "content" in item && item.type === "chatmessage") {
        messagesWithPlaceholdersReplaced.push({
          role: item.role,
          content: item.content
        });
      }
    }
    return messagesWithPlaceholdersReplaced.map((item) => {
      if (typeof item === "object" && item !== null && "role" in item && "content" in item && typeof item.content === "string") {
        return {
          ...item,
          content: mustache_default.render(item.content, variables != null ? variables : {})
        };
      } else {
        return item;
      }
    });
  }
  /**
   * Converts the prompt to LangChain ChatPromptTemplate format.
   *
   * Resolves placeholders with provided values and converts unresolved ones
   * to LangChain MessagesPlaceholder objects. Transforms variables from
   * {{var}} to {var} format without rendering them.
   *
   * @param options - Configuration object
   * @param options.placeholders - Key-value pairs for placeholder resolution
   * @returns Array of ChatMessage objects and LangChain MessagesPlaceholder objects
   *
   * @example
   * ```typescript
   * const prompt = await langfuse.prompt.get("conversation", { type: "chat" });
   * const langchainFormat = prompt.getLangchainPrompt({
   *   placeholders: { examples: [{ role: "user", content: "Hello" }] }
   * });
   * ```
   */
  getLangchainPrompt(options) {
    var _a2;
    const messagesWithPlaceholdersReplaced = [];
    const placeholderValues = (_a2 = options == null ? void 0 : options.placeholders) != null ? _a2 : {};
    for (const item of this.prompt) {
      if ("type" in item && item.type === "placeholder") {
        const placeholderValue = placeholderValues[item.name];
        if (Array.isArray(placeholderValue) && placeholderValue.length > 0 && placeholderValue.every(
          (msg) => typeof msg === "object" && "role" in msg && "content" in msg
        )) {
          messagesWithPlaceholdersReplaced.push(
            ...placeholderValue.map((msg) => {
              return {
                role: msg.role,
                content: this._transformToLangchainVariables(msg.content)
              };
            })
          );
        } else if (Array.isArray(placeholderValue) && placeholderValue.length === 0) {
        } else if (placeholderValue !== void 0) {
          messagesWithPlaceholdersReplaced.push(
            JSON.stringify(placeholderValue)
          );
        } else {
          messagesWithPlaceholdersReplaced.push([
            "placeholder",
            `{${item.name}}`
          ]);
        }
      } else if ("role" in item && "content" in item && item.type === "chatmessage") {
        messagesWithPlaceholdersReplaced.push({
          role: item.role,
          content: this._transformToLangchainVariables(item.content)
        });
      }
    }
    return messagesWithPlaceholdersReplaced;
  }
  toJSON() {
    return JSON.stringify({
      name: this.name,
      prompt: this.promptResponse.prompt.map((item) => {
        if ("type" in item && item.type === "chatmessage") {
          const { type: _, ...messageWithoutType } = item;
          return messageWithoutType;
        }
        return item;
      }),
      version: this.version,
      isFallback: this.isFallback,
      tags: this.tags,
      labels: this.labels,
      type: this.type,
      config: this.config
    });
  }
};
var PromptManager = class {
  /**
   * Creates a new PromptManager instance.
   *
   * @param params - Configuration object containing the API client
   * @internal
   */
  constructor(params) {
    const { apiClient } = params;
    this.apiClient = apiClient;
    this.cache = new LangfusePromptCache();
  }
  get logger() {
    return getGlobalLogger();
  }
  /**
   * Creates a new prompt in Langfuse.
   *
   * Supports both text and chat prompts. Chat prompts can include placeholders
   * for dynamic content insertion.
   *
   * @param body - The prompt data to create
   * @returns Promise that resolves to the appropriate prompt client
   *
   * @example
   * ```typescript
   * // Create a text prompt
   * const textPrompt = await langfuse.prompt.create({
   *   name: "greeting",
   *   prompt: "Hello {{name}}!",
   *   type: "text"
   * });
   *
   * // Create a chat prompt
   * const chatPrompt = await langfuse.prompt.create({
   *   name: "conversation",
   *   type: "chat",
   *   prompt: [
   *     { role: "system", content: "You are a helpful assistant." },
   *     { role: "user", content: "{{user_message}}" }
   *   ]
   * });
   * ```
   */
  async create(body) {
    var _a2;
    const requestBody = body.type === "chat" ? {
      ...body,
      prompt: body.prompt.map((item) => {
        if ("type" in item && item.type === "placeholder") {
          return {
            type: "placeholder",
            name: item.name
          };
        } else {
          return {
            ...item,
            type: "chatmessage"
            /* ChatMessage */
          };
        }
      })
    } : {
      ...body,
      type: (_a2 = body.type) != null ? _a2 : "text"
    };
    const promptResponse = await this.apiClient.prompts.create(requestBody);
    if (promptResponse.type === "chat") {
      return new ChatPromptClient(promptResponse);
    }
    return new TextPromptClient(promptResponse);
  }
  /**
   * Updates the labels of an existing prompt version.
   *
   * @param params - Update parameters
   * @param params.name - Name of the prompt to update
   * @param params.version - Version number of the prompt to update
   * @param params.newLabels - New labels to apply to the prompt version
   *
   * @returns Promise that resolves to the updated prompt
   *
   * @example
   * ```typescript
   * const updatedPrompt = await langfuse.prompt.update({
   *   name: "my-prompt",
   *   version: 1,
   *   newLabels: ["production", "v2"]
   * });
   * ```
   */
  async update(params) {
    const { name, version, newLabels } = params;
    const newPrompt = await this.apiClient.promptVersion.update(name, version, {
      newLabels
    });
    this.cache.invalidate(name);
    return newPrompt;
  }
  /**
   * Delete prompt versions. If neither version nor label is specified, all versions of the prompt are deleted.
   *
   * The Langfuse SDK prompt cache is invalidated for all cached versions with the specified name.
   *
   * @param name - Name of the prompt to delete
   * @param options - Optional deletion configuration
   * @param options.version - Optional version to delete. If specified, deletes only this specific version
   * @param options.label - Optional label to filter deletion. If specified, deletes all prompt versions with this label
   *
   * @returns Promise that resolves when deletion is complete
   *
   * @throws {LangfuseAPI.NotFoundError} If the prompt does not exist
   * @throws {LangfuseAPI.Error} If the API request fails
   *
   * @example
   * ```typescript
   * // Delete all versions of a prompt
   * await langfuse.prompt.delete("my-prompt");
   *
   * // Delete specific version
   * await langfuse.prompt.delete("my-prompt", { version: 2 });
   *
   * // Delete all versions with a specific label
   * await langfuse.prompt.delete("my-prompt", { label: "staging" });
   * ```
   */
  async delete(name, options) {
    await this.apiClient.prompts.delete(name, {
      version: options == null ? void 0 : options.version,
      label: options == null ? void 0 : options.label
    });
    this.cache.invalidate(name);
  }
  /**
   * Retrieves a prompt by name with intelligent caching.
   *
   * This method implements sophisticated caching behavior:
   * - Fresh prompts are returned immediately from cache
   * - Expired prompts are returned from cache while being refreshed in background
   * - Cache misses trigger immediate fetch with optional fallback support
   *
   * @param name - Name of the prompt to retrieve
   * @param options - Optional retrieval configuration
   * @returns Promise that resolves to the appropriate prompt client
   *
   * @example
   * ```typescript
   * // Get latest version with caching
   * const prompt = await langfuse.prompt.get("my-prompt");
   *
   * // Get specific version
   * const v2Prompt = await langfuse.prompt.get("my-prompt", {
   *   version: 2
   * });
   *
   * // Get with label filter
   * const prodPrompt = await langfuse.prompt.get("my-prompt", {
   *   label: "production"
   * });
   *
   * // Get with fallback
   * const promptWithFallback = await langfuse.prompt.get("my-prompt", {
   *   type: "text",
   *   fallback: "Hello {{name}}!"
   * });
   * ```
   */
  async get(name, options) {
    var _a2;
    const cacheKey = this.cache.createKey({
      name,
      label: options == null ? void 0 : options.label,
      version: options == null ? void 0 : options.version
    });
    const cachedPrompt = this.cache.getIncludingExpired(cacheKey);
    if (!cachedPrompt || (options == null ? void 0 : options.cacheTtlSeconds) === 0) {
      try {
        return await this.fetchPromptAndUpdateCache({
          name,
          version: options == null ? void 0 : options.version,
          label: options == null ? void 0 : options.label,
          cacheTtlSeconds: options == null ? void 0 : options.cacheTtlSeconds,
          maxRetries: options == null ? void 0 : options.maxRetries,
          fetchTimeoutMs: options == null ? void 0 : options.fetchTimeoutMs
        });
      } catch (err) {
        if (options == null ? void 0 : options.fallback) {
          const sharedFallbackParams = {
            name,
            version: (_a2 = options == null ? void 0 : options.version) != null ? _a2 : 0,
            labels: options.label ? [options.label] : [],
            cacheTtlSeconds: options == null ? void 0 : options.cacheTtlSeconds,
            config: {},
            tags: []
          };
          if (options.type === "chat") {
            return new ChatPromptClient(
              {
                ...sharedFallbackParams,
                type: "chat",
                prompt: options.fallback.map((msg) => ({
                  ...msg,
                  type: "chatmessage"
                  /* ChatMessage */
                }))
              },
              true
            );
          } else {
            return new TextPromptClient(
              {
                ...sharedFallbackParams,
                type: "text",
                prompt: options.fallback
              },
              true
            );
          }
        }
        throw err;
      }
    }
    if (cachedPrompt.isExpired) {
      if (!this.cache.isRefreshing(cacheKey)) {
        const refreshPromptPromise = this.fetchPromptAndUpdateCache({
          name,
          version: options == null ? void 0 : options.version,
          label: options == null ? void 0 : options.label,
          cacheTtlSeconds: options == null ? void 0 : options.cacheTtlSeconds,
          maxRetries: options == null ? void 0 : options.maxRetries,
          fetchTimeoutMs: options == null ? void 0 : options.fetchTimeoutMs
        }).catch(() => {
          this.logger.warn(
            `Failed to refresh prompt cache '${cacheKey}', stale cache will be used until next refresh succeeds.`
          );
        });
        this.cache.addRefreshingPromise(cacheKey, refreshPromptPromise);
      }
      return cachedPrompt.value;
    }
    return cachedPrompt.value;
  }
  async fetchPromptAndUpdateCache(params) {
    const cacheKey = this.cache.createKey(params);
    try {
      const {
        name,
        version,
        cacheTtlSeconds,
        label,
        maxRetries,
        fetchTimeoutMs
      } = params;
      const data = await this.apiClient.prompts.get(
        name,
        {
          version,
          label
        },
        {
          maxRetries,
          timeoutInSeconds: fetchTimeoutMs ? fetchTimeoutMs / 1e3 : void 0
        }
      );
      let prompt;
      if (data.type === "chat") {
        prompt = new ChatPromptClient(data);
      } else {
        prompt = new TextPromptClient(data);
      }
      this.cache.set(cacheKey, prompt, cacheTtlSeconds);
      return prompt;
    } catch (error) {
      this.logger.error(`Error fetching prompt '${cacheKey}':`, error);
      throw error;
    }
  }
};
var MAX_QUEUE_SIZE = 1e5;
var MAX_BATCH_SIZE = 100;
var ScoreManager = class {
  /**
   * Creates a new ScoreManager instance.
   *
   * @param params - Configuration object containing the API client
   * @internal
   */
  constructor(params) {
    this.eventQueue = [];
    this.flushPromise = null;
    this.flushTimer = null;
    this.apiClient = params.apiClient;
    const envFlushAtCount = getEnv("LANGFUSE_FLUSH_AT");
    const envFlushIntervalSeconds = getEnv("LANGFUSE_FLUSH_INTERVAL");
    this.flushAtCount = envFlushAtCount ? Number(envFlushAtCount) : 10;
    this.flushIntervalSeconds = envFlushIntervalSeconds ? Number(envFlushIntervalSeconds) : 1;
  }
  get logger() {
    return getGlobalLogger();
  }
  /**
   * Creates a new score event and adds it to the processing queue.
   *
   * Scores are queued and sent in batches for efficiency. The score will be
   * automatically sent when the queue reaches the flush threshold or after
   * the flush interval expires.
   *
   * @param data - The score data to create
   *
   * @example
   * ```typescript
   * langfuse.score.create({
   *   name: "quality",
   *   value: 0.85,
   *   traceId: "trace-123",
   *   comment: "High quality response"
   * });
   * ```
   */
  create(data) {
    var _a2, _b;
    const scoreData = {
      ...data,
      id: (_a2 = data.id) != null ? _a2 : generateUUID(),
      environment: (_b = data.environment) != null ? _b : getEnv("LANGFUSE_TRACING_ENVIRONMENT")
    };
    const scoreIngestionEvent = {
      id: generateUUID(),
      type: "score-create",
      timestamp: (/* @__PURE__ */ new Date()).toISOString(),
      body: scoreData
    };
    if (this.eventQueue.length >= MAX_QUEUE_SIZE) {
      this.logger.error(
        `Score queue is at max size ${MAX_QUEUE_SIZE}. Dropping score.`
      );
      return;
    }
    this.eventQueue.push(scoreIngestionEvent);
    if (this.logger.isLevelEnabled(LogLevel.DEBUG)) {
      this.logger.debug(
        "Added score event to queue:\n",
        JSON.stringify(scoreIngestionEvent, null, 2)
      );
    }
    if (this.eventQueue.length >= this.flushAtCount) {
      this.flushPromise = this.flush();
    } else if (!this.flushTimer) {
      this.flushTimer = safeSetTimeout(() => {
        this.flushPromise = this.flush();
      }, this.flushIntervalSeconds * 1e3);
    }
  }
  /**
   * Creates a score for a specific observation using its OpenTelemetry span.
   *
   * This method automatically extracts the trace ID and observation ID from
   * the provided span context.
   *
   * @param observation - Object containing the OpenTelemetry span
   * @param data - Score data (traceId and observationId will be auto-populated)
   *
   * @example
   * ```typescript
   * import { startSpan } from '@langfuse/tracing';
   *
   * const span = startSpan({ name: "my-operation" });
   * langfuse.score.observation(
   *   { otelSpan: span },
   *   { name: "accuracy", value: 0.92 }
   * );
   * ```
   */
  observation(observation, data) {
    const { spanId, traceId: traceId2 } = observation.otelSpan.spanContext();
    this.create({
      ...data,
      traceId: traceId2,
      observationId: spanId
    });
  }
  /**
   * Creates a score for a trace using an OpenTelemetry span.
   *
   * This method automatically extracts the trace ID from the provided
   * span context and creates a trace-level score.
   *
   * @param observation - Object containing the OpenTelemetry span
   * @param data - Score data (traceId will be auto-populated)
   *
   * @example
   * ```typescript
   * import { startSpan } from '@langfuse/tracing';
   *
   * const span = startSpan({ name: "my-operation" });
   * langfuse.score.trace(
   *   { otelSpan: span },
   *   { name: "overall_quality", value: 0.88 }
   * );
   * ```
   */
  trace(observation, data) {
    const { traceId: traceId2 } = observation.otelSpan.spanContext();
    this.create({
      ...data,
      traceId: traceId2
    });
  }
  /**
   * Creates a score for the currently active observation.
   *
   * This method automatically detects the active OpenTelemetry span and
   * creates an observation-level score. If no active span is found,
   * a warning is logged and the operation is skipped.
   *
   * @param data - Score data (traceId and observationId will be auto-populated)
   *
   * @example
   * ```typescript
   * import { startActiveSpan } from '@langfuse/tracing';
   *
   * startActiveSpan({ name: "my-operation" }, (span) => {
   *   // Inside the active span
   *   langfuse.score.activeObservation({
   *     name: "relevance",
   *     value: 0.95
   *   });
   * });
   * ```
   */
  activeObservation(data) {
    const currentOtelSpan = trace.getActiveSpan();
    if (!currentOtelSpan) {
      this.logger.warn("No active span in context to score.");
      return;
    }
    const { spanId, traceId: traceId2 } = currentOtelSpan.spanContext();
    this.create({
      ...data,
      traceId: traceId2,
      observationId: spanId
    });
  }
  /**
   * Creates a score for the currently active trace.
   *
   * This method automatically detects the active OpenTelemetry span and
   * creates a trace-level score. If no active span is found,
   * a warning is logged and the operation is skipped.
   *
   * @param data - Score data (traceId will be auto-populated)
   *
   * @example
   * ```typescript
   * import { startActiveSpan } from '@langfuse/tracing';
   *
   * startActiveSpan({ name: "my-operation" }, (span) => {
   *   // Inside the active span
   *   langfuse.score.activeTrace({
   *     name: "user_satisfaction",
   *     value: 4,
   *     comment: "User rated 4 out of 5 stars"
   *   });
   * });
   * ```
   */
  activeTrace(data) {
    const currentOtelSpan = trace.getActiveSpan();
    if (!currentOtelSpan) {
      this.logger.warn("No active span in context to score trace.");
      return;
    }
    const { traceId: traceId2 } = currentOtelSpan.spanContext();
    this.create({
      ...data,
      traceId: traceId2
    });
  }
  async handleFlush() {
    try {
      if (this.flushTimer) {
        clearTimeout(this.flushTimer);
        this.flushTimer = null;
      }
      const promises = [];
      while (this.eventQueue.length > 0) {
        const batch = this.eventQueue.splice(0, MAX_BATCH_SIZE);
        promises.push(
          this.apiClient.ingestion.batch({ batch }).then((res) => {
            var _a2;
            if (((_a2 = res.errors) == null ? void 0 : _a2.length) > 0) {
              this.logger.error("Error ingesting scores:", res.errors);
            }
          }).catch((err) => {
            this.logger.error("Failed to export score batch:", err);
          })
        );
      }
      await Promise.all(promises);
    } catch (err) {
      this.logger.error("Error flushing Score Manager: ", err);
    } finally {
      this.flushPromise = null;
    }
  }
  /**
   * Flushes all pending score events to the Langfuse API.
   *
   * This method ensures all queued scores are sent immediately rather than
   * waiting for the automatic flush interval or batch size threshold.
   *
   * @returns Promise that resolves when all pending scores have been sent
   *
   * @example
   * ```typescript
   * langfuse.score.create({ name: "quality", value: 0.8 });
   * await langfuse.score.flush(); // Ensures the score is sent immediately
   * ```
   */
  async flush() {
    var _a2;
    return (_a2 = this.flushPromise) != null ? _a2 : this.handleFlush();
  }
  /**
   * Gracefully shuts down the score manager by flushing all pending scores.
   *
   * This method should be called before your application exits to ensure
   * all score data is sent to Langfuse.
   *
   * @returns Promise that resolves when shutdown is complete
   *
   * @example
   * ```typescript
   * // Before application exit
   * await langfuse.score.shutdown();
   * ```
   */
  async shutdown() {
    await this.flush();
  }
};
var LangfuseClient = class {
  /**
   * Creates a new LangfuseClient instance.
   *
   * @param params - Configuration parameters. If not provided, will use environment variables.
   *
   * @throws Will log warnings if required credentials are not provided
   *
   * @example
   * ```typescript
   * // With explicit configuration
   * const client = new LangfuseClient({
   *   publicKey: "pk_...",
   *   secretKey: "sk_...",
   *   baseUrl: "https://your-instance.langfuse.com"
   * });
   *
   * // Using environment variables
   * const client = new LangfuseClient();
   * ```
   */
  constructor(params) {
    this.projectId = null;
    var _a2, _b, _c, _d, _e, _f, _g;
    const logger = getGlobalLogger();
    const publicKey = (_a2 = params == null ? void 0 : params.publicKey) != null ? _a2 : getEnv("LANGFUSE_PUBLIC_KEY");
    const secretKey = (_b = params == null ? void 0 : params.secretKey) != null ? _b : getEnv("LANGFUSE_SECRET_KEY");
    this.baseUrl = (_e = (_d = (_c = params == null ? void 0 : params.baseUrl) != null ? _c : getEnv("LANGFUSE_BASE_URL")) != null ? _d : getEnv("LANGFUSE_BASEURL")) != null ? _e : (
      // legacy v2
      "https://cloud.langfuse.com"
    );
    if (!publicKey) {
      logger.warn(
        "No public key provided in constructor or as LANGFUSE_PUBLIC_KEY env var. Client operations will fail."
      );
    }
    if (!secretKey) {
      logger.warn(
        "No secret key provided in constructor or as LANGFUSE_SECRET_KEY env var. Client operations will fail."
      );
    }
    const timeoutSeconds = (_g = params == null ? void 0 : params.timeout) != null ? _g : Number((_f = getEnv("LANGFUSE_TIMEOUT")) != null ? _f : 5);
    this.api = new LangfuseAPIClient({
      baseUrl: this.baseUrl,
      username: publicKey,
      password: secretKey,
      xLangfusePublicKey: publicKey,
      xLangfuseSdkVersion: LANGFUSE_SDK_VERSION,
      xLangfuseSdkName: "javascript",
      environment: "",
      // noop as baseUrl is set
      headers: params == null ? void 0 : params.additionalHeaders
    });
    logger.debug("Initialized LangfuseClient with params:", {
      publicKey,
      baseUrl: this.baseUrl,
      timeoutSeconds
    });
    this.prompt = new PromptManager({ apiClient: this.api });
    this.dataset = new DatasetManager({ langfuseClient: this });
    this.score = new ScoreManager({ apiClient: this.api });
    this.media = new MediaManager({ apiClient: this.api });
    this.experiment = new ExperimentManager({ langfuseClient: this });
    this.getPrompt = this.prompt.get.bind(this.prompt);
    this.createPrompt = this.prompt.create.bind(this.prompt);
    this.updatePrompt = this.prompt.update.bind(this.prompt);
    this.getDataset = this.dataset.get.bind(this.dataset);
    this.fetchTrace = this.api.trace.get.bind(this.api.trace);
    this.fetchTraces = this.api.trace.list.bind(this.api.trace);
    this.fetchObservation = this.api.legacy.observationsV1.get.bind(
      this.api.legacy.observationsV1
    );
    this.fetchObservations = this.api.observations.getMany.bind(
      this.api.observations
    );
    this.fetchSessions = this.api.sessions.get.bind(this.api.sessions);
    this.getDatasetRun = this.api.datasets.getRun.bind(this.api.datasets);
    this.getDatasetRuns = this.api.datasets.getRuns.bind(this.api.datasets);
    this.createDataset = this.api.datasets.create.bind(this.api.datasets);
    this.getDatasetItem = this.api.datasetItems.get.bind(this.api.datasetItems);
    this.createDatasetItem = this.dataset.createItem.bind(this.dataset);
    this.fetchMedia = this.api.media.get.bind(this.api.media);
    this.resolveMediaReferences = this.media.resolveReferences.bind(this.media);
  }
  /**
   * Flushes any pending score events to the Langfuse API.
   *
   * This method ensures all queued scores are sent immediately rather than
   * waiting for the automatic flush interval or batch size threshold.
   *
   * @returns Promise that resolves when all pending scores have been sent
   *
   * @example
   * ```typescript
   * langfuse.score.create({ name: "quality", value: 0.8 });
   * await langfuse.flush(); // Ensures the score is sent immediately
   * ```
   */
  async flush() {
    return this.score.flush();
  }
  /**
   * Gracefully shuts down the client by flushing all pending data.
   *
   * This method should be called before your application exits to ensure
   * all data is sent to Langfuse.
   *
   * @returns Promise that resolves when shutdown is complete
   *
   * @example
   * ```typescript
   * // Before application exit
   * await langfuse.shutdown();
   * ```
   */
  async shutdown() {
    return this.score.shutdown();
  }
  /**
   * Generates a URL to view a specific trace in the Langfuse UI.
   *
   * @param traceId - The ID of the trace to generate a URL for
   * @returns Promise that resolves to the trace URL
   *
   * @example
   * ```typescript
   * const traceId = "trace-123";
   * const url = await langfuse.getTraceUrl(traceId);
   * console.log(`View trace at: ${url}`);
   * ```
   */
  async getTraceUrl(traceId2) {
    let projectId = this.projectId;
    if (!projectId) {
      projectId = (await this.api.projects.get()).data[0].id;
      this.projectId = projectId;
    }
    const traceUrl = `${this.baseUrl}/project/${projectId}/traces/${traceId2}`;
    return traceUrl;
  }
};

// src/adapters/experiments/langfuse.ts
var INGESTION_BATCH = 100;
function createLangfuseRecorder(options) {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const client = new LangfuseClient({
    publicKey: options.publicKey,
    secretKey: options.secretKey,
    baseUrl,
    timeout: options.timeoutSeconds
  });
  const request = { timeoutInSeconds: options.timeoutSeconds, maxRetries: options.maxRetries };
  let project;
  const projectId = () => {
    project ??= findProjectId(client, request).catch((error) => {
      project = void 0;
      throw error;
    });
    return project;
  };
  const session = { client, baseUrl, request, projectId };
  return {
    vendor: "Langfuse",
    recordExperiment: (experiment) => recordInLangfuse(session, experiment)
  };
}
async function recordInLangfuse({ client, baseUrl, request, projectId: lookUpProject }, experiment) {
  const projectId = await lookUpProject();
  const datasetName = buildDatasetName(experiment.promptPath);
  const dataset = await client.api.datasets.create(
    {
      name: datasetName,
      description: `Eval set of ${experiment.promptPath}, recorded by promptgate`,
      metadata: { promptPath: experiment.promptPath }
    },
    request
  );
  const datasetId = requireId(dataset.id, "Langfuse datasets.create: no dataset id");
  await runLimited(
    experiment.cases,
    (c) => client.api.datasetItems.create(
      { id: itemId(experiment, c), datasetName, input: c.input, metadata: { caseId: c.id } },
      request
    )
  );
  for (const batch of inBatches(buildTraceEvents(experiment), INGESTION_BATCH)) {
    const answer = await client.api.ingestion.batch({ batch }, request);
    const failed = answer.errors?.[0];
    if (failed) {
      throw Object.assign(
        new Error(`Langfuse ingestion rejected an event (${failed.message ?? "no reason"})`),
        {
          statusCode: failed.status
        }
      );
    }
  }
  const baseRun = await linkRun(client, request, experiment, "base");
  const headRun = await linkRun(client, request, experiment, "head");
  const query = new URLSearchParams([
    ["runs", baseRun],
    ["runs", headRun]
  ]);
  return {
    vendor: "Langfuse",
    url: `${baseUrl}/project/${encodeURIComponent(projectId)}/datasets/${encodeURIComponent(datasetId)}/compare?${query}`
  };
}
async function findProjectId(client, request) {
  const projects = await client.api.projects.get(request);
  return requireId(projects.data?.[0]?.id, "Langfuse projects: no project for these keys");
}
async function linkRun(client, request, experiment, version) {
  const about = experiment[version];
  const runIds = await runLimited(experiment.cases, async (c) => {
    const item = await client.api.datasetRunItems.create(
      {
        runName: versionLabel(version, about.sha),
        runDescription: `${version} (${about.ref}) of ${experiment.promptPath}`,
        metadata: { ...about, version },
        datasetItemId: itemId(experiment, c),
        traceId: traceId(experiment, c, version)
      },
      request
    );
    return requireId(item.datasetRunId, "Langfuse datasetRunItems.create: no datasetRunId");
  });
  return runIds[0];
}
function buildTraceEvents(experiment) {
  const timestamp = (/* @__PURE__ */ new Date()).toISOString();
  const events = [];
  for (const c of experiment.cases) {
    for (const version of ["base", "head"]) {
      const id = traceId(experiment, c, version);
      const answer = c[version];
      events.push({
        type: "trace-create",
        id: buildStableUuid("langfuse-event", id),
        timestamp,
        body: {
          id,
          timestamp,
          name: `promptgate ${experiment.promptPath}`,
          input: c.input,
          output: answerOutput(answer),
          metadata: { caseId: c.id, version, sha: experiment[version].sha, failed: answer.failed },
          tags: ["promptgate", version]
        }
      });
      events.push({
        type: "score-create",
        id: buildStableUuid("langfuse-event", id, "pass_rate"),
        timestamp,
        body: {
          id: buildStableUuid("langfuse-score", id, "pass_rate"),
          traceId: id,
          name: "pass_rate",
          value: answer.passRate,
          dataType: "NUMERIC",
          ...failureComment(answer)
        }
      });
    }
  }
  return events;
}
function itemId(experiment, c) {
  return buildStableUuid("langfuse-item", experiment.promptPath, c.id);
}
function traceId(experiment, c, version) {
  return buildStableUuid("langfuse-trace", experiment.promptPath, experiment[version].sha, c.id).replace(
    /-/g,
    ""
  );
}
export {
  createLangfuseRecorder
};
