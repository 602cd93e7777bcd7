export {
  loadConfig,
  type Config,
  type DatabaseConfig,
  type StorageConfig,
  type AiConfig,
} from './load-config.ts';
