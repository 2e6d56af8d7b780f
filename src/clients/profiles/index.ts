// Every client profile, oldest first within each family. Ids are part of the public interface (policies and
// the CLI name them).
import { ANDROID_PROFILES } from './android.js';
import { APPLE_PROFILES } from './apple.js';
import { BROWSER_PROFILES, GO_CURRENT } from './browsers.js';
import { JAVA_PROFILES } from './java.js';
import { NODE_PROFILES } from './node.js';
import { OPENSSL_PROFILES } from './openssl.js';
import type { ClientProfile } from './types.js';
import { WINDOWS_PROFILES } from './windows.js';

export type { ClientProfile } from './types.js';

export const CLIENT_PROFILES: readonly ClientProfile[] = [
  ...OPENSSL_PROFILES,
  ...JAVA_PROFILES,
  ...ANDROID_PROFILES,
  ...APPLE_PROFILES,
  ...WINDOWS_PROFILES,
  ...BROWSER_PROFILES,
  GO_CURRENT,
  ...NODE_PROFILES
];

export function profileById(id: string): ClientProfile | undefined {
  return CLIENT_PROFILES.find((profile) => profile.id === id.toLowerCase());
}
