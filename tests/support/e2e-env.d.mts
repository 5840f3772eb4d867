export declare const E2E_PORT: number;
export declare function e2eEnv(base?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
