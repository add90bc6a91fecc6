import type { ContainerInspect } from '../docker/client.js';
import type { RuleId } from '../rules/types.js';

/**
 * pass: the container does what the file asks, and the file asks for the hardening.
 * fail: the file does not ask for it, or the engine did not apply what it asks.
 * stale: the container was created from another version of the file.
 * not-running: nothing to check.
 */
export type Outcome = 'pass' | 'fail' | 'stale' | 'not-running';

/**
 * inspect: the container's configuration; top: its processes; proc-status: PID 1's status;
 * host-proc: both of the last two, read from the /proc of the machine the engine runs on.
 */
export type EvidenceSource = 'inspect' | 'top' | 'proc-status' | 'host-proc';

/** A published port as the file writes it, normalised the way the engine records it. */
export interface PortRequest {
  written: string;
  /** `''` when no address is given: every interface. */
  hostIp: string;
  /** `''` when the engine picks one. */
  hostPort: string;
  /** `8080/tcp`. */
  containerPort: string;
}

/** What the compose file asks of one service, for the settings the rules cover. */
export interface ServiceExpectation {
  service: string;
  user: string | undefined;
  securityOpt: string[];
  /** Canonical names (`NET_RAW`), or `ALL`. */
  capDrop: string[];
  capAdd: string[];
  readOnly: boolean;
  /** Paths mounted as tmpfs, from `tmpfs:` and from volumes of type tmpfs. */
  tmpfs: string[];
  /** Undefined when a port cannot be compared (a `${VAR}` or a range). */
  ports: PortRequest[] | undefined;
  privileged: boolean;
  replicas: number | undefined;
  /** Keys whose value comes from a `${VAR}`: judged from the container alone. */
  interpolated: string[];
}

/** One process from `top`. */
export interface ProcessInfo {
  /** Undefined when the engine's `ps` printed a name it could not number. */
  uid: number | undefined;
  command: string;
}

/** The lines of /proc/1/status that the rules read. */
export interface ProcStatus {
  /** Real, effective, saved and filesystem UIDs. */
  uids: number[];
  noNewPrivs: boolean | undefined;
  capBnd: string;
  capEff: string;
}

/** Everything read from the engine about one container. */
export interface ContainerFacts {
  name: string;
  service: string;
  state: string;
  /** Undefined when the container is not running. */
  inspect: ContainerInspect | undefined;
  processes: ProcessInfo[] | undefined;
  status: ProcStatus | undefined;
  /** Whether processes and status were read from the host's /proc rather than the engine. */
  fromHost?: boolean;
  /** Why some evidence is missing. */
  notes: string[];
}

/** What one rule concluded about one running container. */
export interface RuleResult {
  rule: RuleId;
  outcome: Exclude<Outcome, 'not-running'>;
  sources: EvidenceSource[];
  evidence: string[];
  /** What to do about a stale container. */
  hint?: string;
}

export interface ContainerResult {
  name: string;
  state: string;
  outcome: Outcome;
  /** The evidence that could be read for this container. */
  sources: EvidenceSource[];
  notes: string[];
  rules: RuleResult[];
}

export interface ServiceResult {
  service: string;
  outcome: Outcome;
  replicas: { expected: number | null; running: number };
  containers: ContainerResult[];
}

export interface VerifyReport {
  project: string;
  engine: string;
  outcome: Outcome;
  services: ServiceResult[];
}
