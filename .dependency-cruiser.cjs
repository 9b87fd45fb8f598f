/** Dependency rules from CONVENTIONS.md, checked by `npm run check`. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS
const { layers } = require('./src/modules.json');

// Tests and test helpers compose the whole app (src/server/testing.ts), so the layer rules
// below are for the code that ships.
const testCode = '(\\.test\\.tsx?|-testing\\.ts|\\.fixtures\\.ts)$';
const escape = (name) => name.replace(/[-]/g, '\\-');

/** A feature imports only features of a lower layer: one rule per layer. */
const layerRules = layers.map((layer, index) => ({
  name: `layers-${layer.join('-')}`,
  comment: `${layer.join(', ')} import only features of a lower layer (src/modules.json).`,
  severity: 'error',
  from: { path: `^src/features/(${layer.map(escape).join('|')})/`, pathNot: testCode },
  to: {
    path: `^src/features/(${layers.slice(index).flat().map(escape).join('|')})/`,
    pathNot: '^src/features/$1/',
  },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'features-public-surface',
      comment:
        'Another feature is reached only through its public surface: contract, server queries, services, policies and person-data part, web data hooks and helpers (web/*.ts, never components), factories.',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/', pathNot: testCode },
      to: {
        path: '^src/features/([^/]+)/',
        pathNot: [
          '^src/features/$1/',
          '\\.contract\\.ts$',
          '\\.factories\\.ts$',
          '/server/.*\\.(queries|service|policy|person-data)\\.ts$',
          // Web code that is not a component: data hooks and plain helpers.
          '/web/.*[^x]\\.ts$',
        ],
      },
    },
    {
      name: 'kernel-imports-no-feature',
      comment: 'src/platform is the kernel: it imports no feature and not the composition.',
      severity: 'error',
      from: { path: '^src/platform/', pathNot: testCode },
      to: { path: '^(src/(features|server|web|cli)/)' },
    },
    {
      name: 'features-not-composition',
      comment: 'src/server, src/web and src/cli compose the features; no feature imports them.',
      severity: 'error',
      from: { path: '^src/features/', pathNot: testCode },
      to: { path: '^src/(server|web|cli)/' },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'web-not-server',
      comment: 'Web code never imports server code, the database or Node modules.',
      severity: 'error',
      from: { path: '^src/(web|features/[^/]+/web|features/[^/]+/[^/]+/web)/' },
      // The election districts' GeoJSON is data the browser draws (as a file URL), not code.
      to: {
        path: '^(db/|src/server/|src/cli/|src/features/[^/]+/server/|src/features/[^/]+/[^/]+/server/)',
        pathNot: '^db/seed/elections/.+\\.geojson$',
      },
    },
    {
      name: 'web-no-node-builtins',
      severity: 'error',
      from: { path: '^src/(web|features/[^/]+/web|features/[^/]+/[^/]+/web)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'server-not-web',
      severity: 'error',
      from: {
        path: '^(db/|src/server/|src/cli/|src/features/[^/]+/server/|src/features/[^/]+/[^/]+/server/)',
      },
      to: { path: '^src/(web|features/[^/]+/web|features/[^/]+/[^/]+/web)/' },
    },
    {
      name: 'contracts-are-shared',
      comment: 'A contract is imported by both halves, so it may import only shared code.',
      severity: 'error',
      from: { path: '\\.contract\\.ts$' },
      to: {
        path: '^(db/|src/server/|src/web/|src/features/[^/]+/(server|web)/|src/features/[^/]+/[^/]+/(server|web)/)',
      },
    },
    {
      name: 'feature-shared-code',
      comment:
        "Code beside a feature's contract (outside server/ and web/, like accounts/password-policy.ts) runs in both halves, so it imports only shared code.",
      severity: 'error',
      from: {
        path: ['^src/features/[^/]+/[^/]+\\.ts$', '^src/features/[^/]+/[^/]+/[^/]+\\.ts$'],
        pathNot: ['/(server|web)/', '\\.(factories|test)\\.ts$'],
      },
      to: {
        path: '^(db/|src/server/|src/web/|src/cli/|src/features/[^/]+/(server|web)/|src/features/[^/]+/[^/]+/(server|web)/)',
      },
    },
    {
      name: 'feature-shared-code-no-node-builtins',
      severity: 'error',
      from: {
        path: ['^src/features/[^/]+/[^/]+\\.ts$', '^src/features/[^/]+/[^/]+/[^/]+\\.ts$'],
        pathNot: ['/(server|web)/', '\\.(factories|test)\\.ts$'],
      },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-stays-small',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^(db/|src/(server|web|cli|features)/)' },
    },
    {
      name: 'features-never-import-components',
      comment:
        "Features import each other through contracts, server query/service functions and web data hooks, never another feature's components (shared components live in src/web/ui).",
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: {
        // Also a capability's web folder (people/register/web, activities/schedule/web, …).
        path: '^src/features/([^/]+)/(web|[^/]+/web)/.*\\.tsx$',
        pathNot: '^src/features/$1/',
      },
    },
    {
      name: 'activities-schedule-ranked',
      comment: 'Capabilities of activities import only lower ones (README "Capabilities").',
      severity: 'error',
      from: { path: '^src/features/activities/schedule/' },
      to: {
        path: '^src/features/activities/(campaigns|signups|guests|public|feeds|messages|server|web)/',
      },
    },
    {
      name: 'activities-campaigns-ranked',
      comment: 'Capabilities of activities import only lower ones (README "Capabilities").',
      severity: 'error',
      from: { path: '^src/features/activities/campaigns/' },
      to: { path: '^src/features/activities/(signups|guests|public|feeds|messages|server|web)/' },
    },
    {
      name: 'activities-signups-ranked',
      comment: 'Capabilities of activities import only lower ones (README "Capabilities").',
      severity: 'error',
      from: { path: '^src/features/activities/signups/' },
      to: { path: '^src/features/activities/(campaigns|guests|public|feeds|messages|server|web)/' },
    },
    {
      name: 'activities-guests-ranked',
      comment: 'Capabilities of activities import only lower ones (README "Capabilities").',
      severity: 'error',
      from: { path: '^src/features/activities/guests/' },
      to: { path: '^src/features/activities/(campaigns|public|feeds|messages|server|web)/' },
    },
    {
      name: 'activities-public-ranked',
      comment: 'Capabilities of activities import only lower ones (README "Capabilities").',
      severity: 'error',
      from: { path: '^src/features/activities/public/' },
      to: { path: '^src/features/activities/(campaigns|feeds|messages|server|web)/' },
    },
    {
      name: 'activities-feeds-ranked',
      comment: 'Capabilities of activities import only lower ones (README "Capabilities").',
      severity: 'error',
      from: { path: '^src/features/activities/feeds/' },
      to: { path: '^src/features/activities/(campaigns|messages|server|web)/' },
    },
    {
      name: 'activities-messages-ranked',
      comment: 'Capabilities of activities import only lower ones (README "Capabilities").',
      severity: 'error',
      from: { path: '^src/features/activities/messages/' },
      to: { path: '^src/features/activities/(campaigns|server|web)/' },
    },
    {
      name: 'people-register-ranked',
      comment: 'Capabilities of people import only lower ones (README "Capabilities").',
      severity: 'error',
      from: { path: '^src/features/people/register/' },
      to: { path: '^src/features/people/(import|export|me|server|web)/' },
    },
    {
      name: 'people-import-ranked',
      comment: 'Capabilities of people import only lower ones (README "Capabilities").',
      severity: 'error',
      from: { path: '^src/features/people/import/' },
      to: { path: '^src/features/people/(export|me|server|web)/' },
    },
    {
      name: 'people-export-ranked',
      comment: 'Capabilities of people import only lower ones (README "Capabilities").',
      severity: 'error',
      from: { path: '^src/features/people/export/' },
      to: { path: '^src/features/people/(me|server|web)/' },
    },
    {
      name: 'people-me-ranked',
      comment: 'Capabilities of people import only lower ones (README "Capabilities").',
      severity: 'error',
      from: { path: '^src/features/people/me/' },
      to: { path: '^src/features/people/(server|web)/' },
    },
    {
      name: 'no-barrels',
      severity: 'error',
      from: {},
      to: { path: '(^|/)index\\.tsx?$', pathNot: 'node_modules' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
