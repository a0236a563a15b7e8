// npm's prepare script: builds dist/ when it is missing, as after a fresh clone
// or in an install from git (npm install git+…, which runs prepare before it
// packs), so such an install holds the built package. A checkout that has
// dist/ already is left alone (npm run build rebuilds it); npm pack and npm
// publish rebuild through prepack.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../dist/index.js', import.meta.url))) {
  execSync('npm run build', { stdio: 'inherit', cwd: new URL('..', import.meta.url) });
}
