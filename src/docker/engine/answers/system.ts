/**
 * The daemon's answers about itself: GET /info (`info`, `doctor`, the registry transport rule), GET
 * /version (`version`, and the API version when /_ping does not say it) and GET /system/df (`system
 * df`, `image prune`). Only what those read is checked; `nullish` where a daemon may send null.
 */
import * as z from 'zod/mini';
import { onFirstUse } from '../../../first-use.js';
import { labels } from './lists.js';

// Each built once and shared by every field of its kind: a zod schema is never changed once built, and
// GET /info alone has some fifty such fields (a megabyte of allocations when each had its own).
const text = onFirstUse(() => z.nullish(z.string()));
const count = onFirstUse(() => z.nullish(z.number()));
const flag = onFirstUse(() => z.nullish(z.boolean()));
const words = onFirstUse(() => z.nullish(z.array(z.string())));
const commit = onFirstUse(() => z.nullish(z.looseObject({ ID: text() })));

export const infoAnswer = onFirstUse(() =>
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
    DriverStatus: z.nullish(z.array(z.array(z.string()))),
    Plugins: z.nullish(z.looseObject({ Volume: words(), Network: words(), Authorization: words(), Log: words() })),
    Swarm: z.nullish(z.looseObject({ LocalNodeState: text() })),
    Runtimes: z.nullish(z.record(z.string(), z.unknown())),
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
    RegistryConfig: z.nullish(
      z.looseObject({
        InsecureRegistryCIDRs: words(),
        IndexConfigs: z.nullish(z.record(z.string(), z.looseObject({ Name: text(), Secure: flag() }))),
        Mirrors: words(),
      }),
    ),
  }),
);

export const versionAnswer = onFirstUse(() =>
  z.looseObject({
    Version: z.string(),
    // connect.ts reads it as "1.45" when /_ping has no Api-Version header.
    ApiVersion: z.string(),
    ...Object.fromEntries(['MinAPIVersion', 'Os', 'Arch', 'KernelVersion', 'GitCommit', 'GoVersion', 'BuildTime'].map((key) => [key, text()])),
    Components: z.nullish(z.array(z.looseObject({ Name: z.string(), Version: z.string(), Details: z.nullish(z.record(z.string(), z.string())) }))),
    Platform: z.nullish(z.looseObject({ Name: text() })),
  }),
);

export const diskUsageAnswer = onFirstUse(() =>
  z.looseObject({
    LayersSize: count(),
    Images: z.nullish(
      z.array(
        z.looseObject({ Id: z.string(), Created: z.number(), Size: z.number(), SharedSize: z.number(), Containers: z.number(), RepoTags: words(), Labels: labels() }),
      ),
    ),
    Containers: z.nullish(z.array(z.looseObject({ ImageID: z.string(), SizeRw: count(), State: z.string() }))),
    Volumes: z.nullish(z.array(z.looseObject({ UsageData: z.nullish(z.looseObject({ Size: z.number(), RefCount: z.number() })) }))),
    BuildCache: z.nullish(z.array(z.looseObject({ InUse: z.boolean(), Shared: z.boolean(), Size: z.number() }))),
    BuilderSize: count(),
  }),
);
