// How identifiers print when space is short: commit SHAs and content-hash case ids.

/** First seven characters of a commit SHA, as git shows it. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/** Long ids (content hashes) are shortened; the report's case table shows them in full. */
export function formatCaseId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}
