import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: process.env.ONCOGRAPH_GRAPHQL ?? 'http://localhost:8080/graphql',
  documents: ['operations/**/*.graphql'],
  generates: {
    'generated/graphql.ts': {
      plugins: ['typescript', 'typescript-operations'],
      config: {
        strictScalars: true,
        scalars: {
          Date: 'string',
          DateTime: 'string',
          JSON: 'Record<string, unknown>',
          Url: 'string',
          CountryCode: 'string',
          Locale: 'string',
          PositiveInt: 'number',
          NonNegativeInt: 'number',
        },
      },
    },
  },
};

export default config;
