export {
  loadConfig,
  type Config,
  type DatabaseConfig,
  type StorageConfig,
  type AiConfig,
  type AiCommonSettings,
  type OpenAiSettings,
  type ReplicateSettings,
  DEFAULT_OPENAI_BASE_URL,
  DEFAULT_REPLICATE_BASE_URL,
  type LogLevel,
} from './load-config.ts';
export { resolveSigningSecret, SECRET_FILE } from './signing-secret.ts';
