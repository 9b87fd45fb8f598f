/** Dependency rules from CONVENTIONS.md, checked by `npm run check`. */
module.exports = {
  forbidden: [
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
        path: '^src/features/([^/]+)/web/.*\\.tsx$',
        pathNot: '^src/features/$1/',
      },
    },
    {
      name: 'activities-schedule-ranked',
      comment: 'Capabilities of activities import only lower ones (README "Capabilities").',
      severity: 'error',
      from: { path: '^src/features/activities/schedule/' },
      to: {
        path: '^src/features/activities/(campaigns|signups|guests|public|feeds|messages|server)/',
      },
    },
    {
      name: 'activities-campaigns-ranked',
      comment: 'Capabilities of activities import only lower ones (README "Capabilities").',
      severity: 'error',
      from: { path: '^src/features/activities/campaigns/' },
      to: { path: '^src/features/activities/(signups|guests|public|feeds|messages|server)/' },
    },
    {
      name: 'activities-signups-ranked',
      comment: 'Capabilities of activities import only lower ones (README "Capabilities").',
      severity: 'error',
      from: { path: '^src/features/activities/signups/' },
      to: { path: '^src/features/activities/(campaigns|guests|public|feeds|messages|server)/' },
    },
    {
      name: 'activities-guests-ranked',
      comment: 'Capabilities of activities import only lower ones (README "Capabilities").',
      severity: 'error',
      from: { path: '^src/features/activities/guests/' },
      to: { path: '^src/features/activities/(campaigns|public|feeds|messages|server)/' },
    },
    {
      name: 'activities-public-ranked',
      comment: 'Capabilities of activities import only lower ones (README "Capabilities").',
      severity: 'error',
      from: { path: '^src/features/activities/public/' },
      to: { path: '^src/features/activities/(campaigns|feeds|messages|server)/' },
    },
    {
      name: 'activities-feeds-ranked',
      comment: 'Capabilities of activities import only lower ones (README "Capabilities").',
      severity: 'error',
      from: { path: '^src/features/activities/feeds/' },
      to: { path: '^src/features/activities/(campaigns|messages|server)/' },
    },
    {
      name: 'activities-messages-ranked',
      comment: 'Capabilities of activities import only lower ones (README "Capabilities").',
      severity: 'error',
      from: { path: '^src/features/activities/messages/' },
      to: { path: '^src/features/activities/(campaigns|server)/' },
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
