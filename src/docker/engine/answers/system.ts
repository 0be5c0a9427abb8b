/**
 * The daemon's answers about itself: GET /info (`info`, `doctor`, the registry transport rule), GET
 * /version (`version`, and the API version when /_ping does not say it) and GET /system/df (`system
 * df`, `image prune`). Only what those read is checked; `nullish` where a daemon may send null.
 */
import * as z from 'zod';
import { lazy } from './check.js';
import { labels } from './lists.js';

const text = () => z.string().nullish();
const count = () => z.number().nullish();
const flag = () => z.boolean().nullish();
const words = () => z.array(z.string()).nullish();
const commit = () => z.looseObject({ ID: text() }).nullish();

export const infoAnswer = lazy(() =>
  z.looseObject({
    Containers: count(),
    ContainersRunning: count(),
    ContainersPaused: count(),
    ContainersStopped: count(),
    Images: count(),
    NCPU: count(),
    MemTotal: count(),
    ...Object.fromEntries(
      ['ServerVersion', 'Driver', 'LoggingDriver', 'CgroupDriver', 'CgroupVersion', 'DefaultRuntime', 'InitBinary', 'KernelVersion', 'OperatingSystem', 'OSType', 'Architecture', 'Name', 'ID', 'DockerRootDir', 'HttpProxy', 'HttpsProxy', 'NoProxy', 'IndexServerAddress'].map((key) => [key, text()]),
    ),
    DriverStatus: z.array(z.array(z.string())).nullish(),
    Plugins: z.looseObject({ Volume: words(), Network: words(), Authorization: words(), Log: words() }).nullish(),
    Swarm: z.looseObject({ LocalNodeState: text() }).nullish(),
    Runtimes: z.record(z.string(), z.unknown()).nullish(),
    ContainerdCommit: commit(),
    RuncCommit: commit(),
    InitCommit: commit(),
    SecurityOptions: words(),
    Labels: words(),
    Warnings: words(),
    Debug: flag(),
    ExperimentalBuild: flag(),
    LiveRestoreEnabled: flag(),
    MemoryLimit: flag(),
    RegistryConfig: z
      .looseObject({
        InsecureRegistryCIDRs: words(),
        IndexConfigs: z.record(z.string(), z.looseObject({ Name: text(), Secure: flag() })).nullish(),
        Mirrors: words(),
      })
      .nullish(),
  }),
);

export const versionAnswer = lazy(() =>
  z.looseObject({
    Version: z.string(),
    // connect.ts reads it as "1.45" when /_ping has no Api-Version header.
    ApiVersion: z.string(),
    ...Object.fromEntries(['MinAPIVersion', 'Os', 'Arch', 'KernelVersion', 'GitCommit', 'GoVersion', 'BuildTime'].map((key) => [key, text()])),
    Components: z.array(z.looseObject({ Name: z.string(), Version: z.string(), Details: z.record(z.string(), z.string()).nullish() })).nullish(),
    Platform: z.looseObject({ Name: text() }).nullish(),
  }),
);

export const diskUsageAnswer = lazy(() =>
  z.looseObject({
    LayersSize: count(),
    Images: z
      .array(
        z.looseObject({ Id: z.string(), Created: z.number(), Size: z.number(), SharedSize: z.number(), Containers: z.number(), RepoTags: words(), Labels: labels() }),
      )
      .nullish(),
    Containers: z.array(z.looseObject({ ImageID: z.string(), SizeRw: count(), State: z.string() })).nullish(),
    Volumes: z.array(z.looseObject({ UsageData: z.looseObject({ Size: z.number(), RefCount: z.number() }).nullish() })).nullish(),
    BuildCache: z.array(z.looseObject({ InUse: z.boolean(), Shared: z.boolean(), Size: z.number() })).nullish(),
    BuilderSize: count(),
  }),
);
