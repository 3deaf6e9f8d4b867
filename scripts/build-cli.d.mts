export declare const projectRoot: string;
export declare const cliOutfile: string;
export declare function buildCli(outfile?: string): Promise<void>;
