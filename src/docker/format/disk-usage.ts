/**
 * `docker system df`: the docker CLI 28's summary table from GET /system/df, with its arithmetic
 * (sizes with 4 significant digits, RECLAIMABLE with a whole-number percentage except for the build
 * cache). Pure.
 */
import { formatHumanSize } from './size.js';
import { formatRows } from './tabwriter.js';

export interface DiskUsage {
  LayersSize?: number;
  Images?: { Containers: number; Size: number; SharedSize: number }[] | null;
  Containers?: { SizeRw?: number; State: string }[] | null;
  Volumes?: { UsageData?: { Size: number; RefCount: number } | null }[] | null;
  BuildCache?: { InUse: boolean; Shared: boolean; Size: number }[] | null;
  BuilderSize?: number;
}

/** go-units HumanSize: 4 significant digits, decimal units. */
const human = (bytes: number) => formatHumanSize(bytes, 4);
/** "1.985MB (100%)": Go's integer division for the percentage. */
const withShare = (part: number, total: number) => (total > 0 ? `${human(part)} (${Math.trunc((part * 100) / total)}%)` : human(part));

export function formatDiskUsage(usage: DiskUsage): string {
  const images = usage.Images ?? [];
  const imagesSize = usage.LayersSize ?? 0;
  let imagesUsed = 0;
  for (const image of images) {
    if (image.Containers !== 0 && image.Size !== -1 && image.SharedSize !== -1) imagesUsed += image.Size - image.SharedSize;
  }

  const containers = usage.Containers ?? [];
  const isActive = (state: string) => /running|paused|restarting/.test(state);
  let containersSize = 0;
  let containersIdle = 0;
  for (const container of containers) {
    containersSize += container.SizeRw ?? 0;
    if (!isActive(container.State)) containersIdle += container.SizeRw ?? 0;
  }

  const volumes = usage.Volumes ?? [];
  let volumesSize = 0;
  let volumesIdle = 0;
  for (const volume of volumes) {
    const data = volume.UsageData ?? { Size: -1, RefCount: 0 };
    if (data.Size === -1) continue;
    volumesSize += data.Size;
    if (data.RefCount === 0) volumesIdle += data.Size;
  }

  const cache = usage.BuildCache ?? [];
  const cacheSize = usage.BuilderSize ?? 0;
  const cacheInUse = cache.filter((record) => record.InUse && !record.Shared).reduce((sum, record) => sum + record.Size, 0);

  return formatRows([
    ['TYPE', 'TOTAL', 'ACTIVE', 'SIZE', 'RECLAIMABLE'],
    ['Images', String(images.length), String(images.filter((image) => image.Containers > 0).length), human(imagesSize), withShare(imagesSize - imagesUsed, imagesSize)],
    ['Containers', String(containers.length), String(containers.filter((c) => isActive(c.State)).length), human(containersSize), withShare(containersIdle, containersSize)],
    ['Local Volumes', String(volumes.length), String(volumes.filter((v) => (v.UsageData?.RefCount ?? 0) > 0).length), human(volumesSize), withShare(volumesIdle, volumesSize)],
    ['Build Cache', String(cache.length), String(cache.filter((record) => record.InUse).length), human(cacheSize), human(cacheSize - cacheInUse)],
  ]);
}
