# Build stage: install everything, type-check and compile to dist/ (npm run build), then drop the dev
# dependencies. Node 24 LTS is the supported runtime (package.json engines).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
COPY seeds ./seeds
RUN npm run build && npm prune --omit=dev

# Runtime stage: the compiled JavaScript and the production dependencies only (no TypeScript
# sources, no tsx), as an unprivileged user. dist/ keeps the source layout: dist/src, dist/migrations,
# dist/seeds (with the notice seeds' JSON) and dist/package.json (read by the webhook User-Agent).
FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s CMD node -e "fetch('http://127.0.0.1:3000/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/src/server.js"]
