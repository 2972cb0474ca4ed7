// Set by the draft preview's build (astro.preview.config.mjs); absent from the static build.
interface ImportMetaEnv {
  readonly MVA_PREVIEW?: boolean;
}
