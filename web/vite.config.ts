import { defineConfig } from 'vitest/config'
import preact from '@preact/preset-vite'

// The explorer is served by `tuopin serve` under /explore/ from the files in
// dist/, which the Go package in this folder embeds (embed.go).
export default defineConfig({
  base: '/explore/',
  plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
    reportCompressedSize: false,
  },
  server: {
    proxy: { '/graphql': process.env.TUOPIN_URL ?? 'http://127.0.0.1:8080' },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
})
