export type InstanceExit = { code: number | null; signal: NodeJS.Signals | null };

export type Instance = {
  port: number;
  /** http://localhost:<port> */
  url: string;
  pid: number | undefined;
  exited: boolean;
  /** The instance's stdout and stderr so far (the newest million characters). */
  log(): string;
  /** SIGTERM, then SIGKILL after `timeoutMs` (10 s by default). */
  stop(options?: { timeoutMs?: number }): Promise<InstanceExit>;
};

export type Instances = { instances: Instance[]; stop(options?: { timeoutMs?: number }): Promise<InstanceExit[]> };

export type StartOptions = {
  ports: number[];
  databaseUrl: string;
  /** The build to serve; NEXT_DIST_DIR or .next by default. */
  distDir?: string;
  env?: Record<string, string>;
  /** Node flags before the script, e.g. ["--cpu-prof", "--cpu-prof-dir=/tmp/profile"]. */
  nodeFlags?: string[];
  readyTimeoutMs?: number;
};

export declare function instanceEnv(options: { port: number; databaseUrl: string; env?: Record<string, string> }): NodeJS.ProcessEnv;
export declare function buildExists(distDir?: string): boolean;
export declare function prepareDatabase(options?: { databaseUrl?: string; fresh?: boolean }): Promise<{ databaseUrl: string }>;
export declare function startInstances(options: StartOptions): Promise<Instances>;
