// Two projects: `unit` needs nothing but Node; `integration` (*.int.test.ts) runs against a
// real Neo4j that test/setup/neo4j.global-setup.ts starts or reuses.
const tsJest = ['ts-jest', { isolatedModules: true }];
const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': tsJest },
  moduleFileExtensions: ['ts', 'js', 'json'],
};
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/**/*.test.ts'], testPathIgnorePatterns: ['\\.int\\.test\\.ts$', '\\.e2e\\.test\\.ts$'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.int.test.ts', '<rootDir>/test/**/*.e2e.test.ts'],
      globalSetup: '<rootDir>/test/setup/neo4j.global-setup.ts',
      testTimeout: 120000,
    },
  ],
};
