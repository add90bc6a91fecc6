/**
 * What compose-harden asks of a Docker Engine, and no more: the UI and `verify` receive a
 * DockerClient and never construct one, so tests can hand them a real engine or plain data.
 * Nothing here imports dockerode; the one implementation is `dockerode-client.ts`.
 */

/** One container of a Compose project, from its labels. */
export interface ContainerSummary {
  id: string;
  /** Without the leading slash the Engine API puts on names. */
  name: string;
  /** `com.docker.compose.service`. */
  service: string;
  /** `running`, `exited`, `created`, `restarting`, `paused` or `dead`. */
  state: string;
  /** A `docker compose run` container (`com.docker.compose.oneoff=True`). */
  oneOff: boolean;
}

export interface PortBinding {
  HostIp?: string;
  HostPort?: string;
}

/**
 * The part of `GET /containers/{id}/json` that verification reads, under the Engine API's own
 * field names so a fixture can be cut from real `docker inspect` output.
 */
export interface ContainerInspect {
  Id: string;
  Name: string;
  /** Pid: the first process, as the engine's host numbers it; 0 when it is not running. */
  State: { Status: string; Running: boolean; Pid?: number };
  Config: { User?: string; Image?: string; Labels?: Record<string, string> | null };
  HostConfig: {
    CapAdd?: string[] | null;
    CapDrop?: string[] | null;
    Privileged?: boolean;
    ReadonlyRootfs?: boolean;
    SecurityOpt?: string[] | null;
    Tmpfs?: Record<string, string> | null;
    PortBindings?: Record<string, PortBinding[] | null> | null;
  };
  Mounts?: { Type: string; Destination: string }[] | null;
}

/** `GET /containers/{id}/top`: one row per process, cells under `Titles`. */
export interface ProcessTable {
  Titles: string[];
  Processes: string[][];
}

export interface ExecOutput {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * The engine answered, but with an error status (no such container, exec refused). Problems
 * reaching the engine at all are UserErrors instead.
 */
export class DockerApiError extends Error {
  readonly statusCode: number;

  constructor(message: string, statusCode: number) {
    super(message);
    this.name = 'DockerApiError';
    this.statusCode = statusCode;
  }
}

export interface DockerClient {
  /** Where the engine was looked for, as a URL: `unix:///var/run/docker.sock`. */
  readonly endpoint: string;
  /** Every container, running or not, labelled with this Compose project. */
  listContainers(project: string): Promise<ContainerSummary[]>;
  inspect(id: string): Promise<ContainerInspect>;
  /** The container's processes with numeric UIDs, as the engine's host sees them. */
  top(id: string): Promise<ProcessTable>;
  /** Runs a command in the container as its configured user; changes nothing by itself. */
  exec(id: string, command: string[]): Promise<ExecOutput>;
}
