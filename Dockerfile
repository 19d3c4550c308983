# The promptgate GitHub App server. dist/app.js and the chunks it loads from dist/chunks/ are self-contained (Probot,
# Octokit, the OpenAI SDK and zod are bundled in), so the image needs no node_modules and no `npm ci`: build with
# `npm run bundle` first.
FROM node:24-slim

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000

WORKDIR /app
# package.json marks the bundle as an ES module; prompts/ holds the judge prompts' sources and examples.
COPY package.json ./
COPY dist/ dist/
COPY prompts/ prompts/

USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# Required at run time: APP_ID, PRIVATE_KEY (or PRIVATE_KEY_PATH), WEBHOOK_SECRET, OPENAI_API_KEY.
CMD ["node", "dist/app.js"]
