export {
  loadConfig,
  type Config,
  type DatabaseConfig,
  type StorageConfig,
  type AiConfig,
  type LogLevel,
} from './load-config.ts';
export { resolveSigningSecret, SECRET_FILE } from './signing-secret.ts';
