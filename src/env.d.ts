interface ImportMetaEnv {
  // Set by the draft preview's build (astro.preview.config.mjs); absent from the static build.
  readonly MVA_PREVIEW?: boolean;
}
