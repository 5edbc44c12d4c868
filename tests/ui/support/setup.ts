// Pages and api.ts branch on the build target; the jsdom tests exercise the H5 build.
process.env.TARO_ENV = 'h5'
