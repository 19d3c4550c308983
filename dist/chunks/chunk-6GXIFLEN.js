import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  parseMonitorRecord,
  recordFileName
} from "./chunk-JNWJFBGG.js";
import {
  resolveProvider
} from "./chunk-AIUS6MYE.js";
import {
  MissingPermissionError,
  RepositorySettingError,
  advanceBranch,
  createBranchRef,
  createOctokit,
  createResilientClient,
  findTokenIdentity,
  isHttpError,
  listTreeBlobs,
  readErrorMessage,
  requestParsed,
  withPermission
} from "./chunk-D3TQUNSO.js";
import {
  createOpenAIModel
} from "./chunk-IYH4UEMK.js";
import {
  listUrlSecrets
} from "./chunk-6VI5QYJ7.js";
import {
  InputError,
  external_exports
} from "./chunk-6MRQXAYL.js";

// src/action/action-errors.ts
var MissingApiKeyError = class extends Error {
  constructor(apiKeyEnv) {
    super(
      `no API key for the model provider: the \`openai-api-key\` input is empty and ${apiKeyEnv} is not set. Store the key as a repository secret and pass it to the step:
  with:
    openai-api-key: \${{ secrets.${apiKeyEnv} }}
Pull requests from forks and Dependabot get no secrets under \`pull_request\`; see the README's fork recipes. To review without calls, set \`dry-run: true\`.`
    );
    this.name = "MissingApiKeyError";
  }
};
function describeActionError(error) {
  if (error instanceof MissingPermissionError || error instanceof RepositorySettingError || error instanceof MissingApiKeyError) {
    return `promptgate: ${error.message}`;
  }
  if (error instanceof InputError) return `promptgate could not review:
${error.message}`;
  const status = error?.status;
  if (status === 401) {
    return `promptgate: GitHub rejected the token (401 Bad credentials). Leave \`github-token\` at its default (\`\${{ github.token }}\`) or pass a valid token.`;
  }
  if (typeof status === "number") return `promptgate: GitHub API error ${status}: ${readErrorMessage(error)}`;
  return `promptgate: ${error instanceof Error ? error.message : String(error)}`;
}

// src/adapters/github/data-branch.ts
var DEFAULT_DATA_BRANCH = "promptgate-data";
var RECORDS_DIR = "baselines";
var WRITE_ATTEMPTS = 3;
var PERMISSION = "contents: write";
var refSchema = external_exports.object({ object: external_exports.object({ sha: external_exports.string() }) });
var blobSchema = external_exports.object({ content: external_exports.string(), encoding: external_exports.string() });
var createdSchema = external_exports.object({ sha: external_exports.string() });
function createDataBranchBaselines(client, target) {
  const { owner, repo, branch } = target;
  let head;
  const loadHead = () => {
    head ??= readHead(client, target);
    return head;
  };
  return {
    async read(path) {
      const file = `${RECORDS_DIR}/${recordFileName(path)}`;
      const blobSha = (await loadHead())?.files.get(file);
      if (!blobSha) return void 0;
      const route = "GET /repos/{owner}/{repo}/git/blobs/{file_sha}";
      const blob = await requestParsed(client, route, { owner, repo, file_sha: blobSha }, blobSchema);
      const text = Buffer.from(blob.content, blob.encoding === "base64" ? "base64" : "utf8").toString("utf8");
      return parseMonitorRecord(`${branch}:${file}`, text);
    },
    async commit(records, message) {
      let current = await loadHead();
      for (let attempt = 1; ; attempt++) {
        try {
          const written = await withPermission(
            PERMISSION,
            `write the ${branch} branch`,
            () => writeCommit(client, target, current, records, message)
          );
          head = Promise.resolve(written);
          return written.commitSha;
        } catch (error) {
          if (!isHttpError(error, 422) || attempt >= WRITE_ATTEMPTS) throw error;
          head = readHead(client, target);
          current = await head;
        }
      }
    }
  };
}
async function readHead(client, { owner, repo, branch }) {
  let commitSha;
  try {
    const ref = await requestParsed(
      client,
      "GET /repos/{owner}/{repo}/git/ref/{ref}",
      { owner, repo, ref: `heads/${branch}` },
      refSchema
    );
    commitSha = ref.object.sha;
  } catch (error) {
    if (isHttpError(error, 404)) return null;
    throw error;
  }
  const tree = await listTreeBlobs(client, { owner, repo }, commitSha);
  if (tree.truncated) {
    throw new Error(
      `the ${branch} branch holds too many files for one tree read; keep only promptgate's records there`
    );
  }
  const files = new Map(tree.blobs.map((blob) => [blob.path, blob.sha]));
  return { commitSha, treeSha: tree.treeSha, files };
}
async function writeCommit(client, target, current, records, message) {
  const { owner, repo, branch } = target;
  const files = new Map(current?.files);
  const entries = [];
  for (const record of records) {
    const content = `${JSON.stringify(record, null, 2)}
`;
    const blob = await requestParsed(
      client,
      "POST /repos/{owner}/{repo}/git/blobs",
      { owner, repo, content, encoding: "utf-8" },
      createdSchema
    );
    const path = `${RECORDS_DIR}/${recordFileName(record.path)}`;
    entries.push({ path, mode: "100644", type: "blob", sha: blob.sha });
    files.set(path, blob.sha);
  }
  const tree = await requestParsed(
    client,
    "POST /repos/{owner}/{repo}/git/trees",
    { owner, repo, tree: entries, ...current ? { base_tree: current.treeSha } : {} },
    createdSchema
  );
  const parents = current ? [current.commitSha] : [];
  const commit = await requestParsed(
    client,
    "POST /repos/{owner}/{repo}/git/commits",
    { owner, repo, message, tree: tree.sha, parents },
    createdSchema
  );
  if (current) await advanceBranch(client, { owner, repo }, branch, commit.sha);
  else await createBranchRef(client, { owner, repo }, branch, commit.sha);
  return { commitSha: commit.sha, treeSha: tree.sha, files };
}

// src/action/action-deps.ts
import { join } from "node:path";
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
function createActionOctokit({ inputs, context, logger, redact, deadline }) {
  const token = inputs["github-token"];
  if (!token) {
    throw new InputError({
      file: "action inputs",
      field: "github-token",
      message: `is empty: leave it at its default (\`\${{ github.token }}\`) or pass a token`
    });
  }
  const octokit = createOctokit({
    token,
    baseUrl: context.apiUrl,
    logger,
    userAgent: "promptgate-action",
    throttle: false
  });
  return createResilientClient(octokit, {
    redact: redact.content,
    deadline: deadline.at,
    lastDeadline: deadline.lastAt,
    logger
  });
}
function findActionIdentity(octokit) {
  return findTokenIdentity(octokit, ACTIONS_BOT_LOGIN);
}
function findApiKey(inputs, config, env = process.env) {
  return inputs["openai-api-key"] ?? resolveProvider(config.provider, env).apiKey;
}
function createModelFactory(inputs, redact, env = process.env) {
  return (config) => {
    const provider = resolveProvider(config.provider, env);
    const apiKey = findApiKey(inputs, config, env);
    if (!apiKey) throw new MissingApiKeyError(provider.apiKeyEnv);
    const baseURL = inputs["openai-base-url"] ?? provider.baseURL;
    redact?.add(apiKey, ...listUrlSecrets(baseURL));
    return createOpenAIModel({
      baseURL,
      apiKey,
      apiKeyEnv: inputs["openai-api-key"] ? "the openai-api-key input" : provider.apiKeyEnv
    });
  };
}
function buildCacheDir(context) {
  return join(context.tempDir, "promptgate-cache");
}

// src/adapters/github/repository.ts
var repositorySchema = external_exports.object({ default_branch: external_exports.string().min(1) });
async function getDefaultBranch(client, repo) {
  const answer = await requestParsed(client, "GET /repos/{owner}/{repo}", repo, repositorySchema);
  return answer.default_branch;
}

export {
  describeActionError,
  DEFAULT_DATA_BRANCH,
  createDataBranchBaselines,
  ACTIONS_BOT_LOGIN,
  createActionOctokit,
  findActionIdentity,
  findApiKey,
  createModelFactory,
  buildCacheDir,
  getDefaultBranch
};
