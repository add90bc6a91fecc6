/** Small compose files for the wizard tests, each written to exercise one thing. */

/** Two services: a known image with a port, and one built from a Dockerfile. */
export const TWO_SERVICES = `services:
  cache:
    image: redis:7.4-alpine
    ports:
      - "6379:6379"
  app:
    build: .
`;

/** A service that already follows every recommendation. */
export const COMPLIANT = `services:
  cache:
    image: redis:7.4-alpine@sha256:${'0'.repeat(64)}
    user: "999:999"
    security_opt:
      - no-new-privileges:true
    cap_drop:
      - ALL
    read_only: true
    restart: unless-stopped
    mem_limit: 512m
    cpus: 1
    pids_limit: 100
    healthcheck:
      test: ["CMD", "redis-cli", "ping"]
`;

/** COMPLIANT but for one published port: exactly one change, in one service. */
export const ONE_CHANGE = `${COMPLIANT}    ports:
      - "6379:6379"
`;

/** Long rule ids among the changes: no-unconfined-profiles, no-shared-propagation. */
export const UNCONFINED = `services:
  api:
    image: nginx:1.27
    security_opt:
      - seccomp:unconfined
    volumes:
      - /srv/data:/data:rshared
`;

/** Compliant but for settings the wizard cannot write for an unknown image: limits, a health check. */
export const BY_HAND = `services:
  app:
    build: .
    user: "1000:1000"
    security_opt:
      - no-new-privileges:true
    cap_drop:
      - ALL
    read_only: true
    tmpfs:
      - /tmp
    restart: unless-stopped
`;

/** Long names and values that do not fit in 80 columns. */
export function longStack(): string {
  const image = `registry.example.com/${'very-long-namespace/'.repeat(8)}image:${'1'.repeat(20)}`;
  const ports = Array.from({ length: 6 }, (_, i) => `      - "${18000 + i}:${18000 + i}"`).join(
    '\n',
  );
  return `x-base: &base
  user: "\${APP_UID:-1000}:\${APP_GID:-1000}-and-a-very-long-suffix-that-goes-on-and-on"
  cap_add: [SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_RESOURCE, SYS_TIME, NET_RAW, MKNOD, AUDIT_WRITE]
services:
  a-service-with-a-rather-long-name-that-keeps-going-and-going:
    <<: *base
    image: ${image}
    profiles: [maintenance, debugging, one-more-profile-with-a-long-name]
    ports:
${ports}
`;
}

/** Two services merging one block with a restart policy to fix: the shared-block key `b`. */
export const SHARED_BLOCK = `x-base: &base
  restart: always
services:
  web:
    <<: *base
    image: nginx:1.27
  worker:
    <<: *base
    image: nginx:1.27
`;
