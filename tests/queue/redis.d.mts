export declare const REDIS_SERVER: string;
export declare const redisAvailable: boolean;
export interface RunningRedis {
  url: string;
  stop(): Promise<void>;
}
export declare function startRedis(): Promise<RunningRedis>;
