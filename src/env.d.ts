interface ImportMetaEnv {
  // Set by the draft preview's build (astro.preview.config.mjs); absent from the static build.
  readonly MVA_PREVIEW?: boolean;
  // The folder where routes leave notes for the build (src/build/notes.ts); set by
  // astro.config.mjs for `astro build` only.
  readonly MVA_BUILD_NOTES?: string;
}
