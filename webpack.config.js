/* eslint-disable */
// Builds the add-in: one shared-runtime page (task pane + ribbon commands +
// custom functions), functions.json from JSDoc, and the browser workbench.
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const webpack = require("webpack");

const DEV_PORT = 3000;

/**
 * The browser workbench is a local preview host made mostly of already-minified
 * libraries (mathjs, Fluent); minifying it again costs minutes and saves little.
 */
class SkipMinifyPlugin {
  constructor(pattern) {
    this.pattern = pattern;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("SkipMinifyPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "SkipMinifyPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (this.pattern.test(name)) compilation.updateAsset(name, assets[name], { minimized: true });
          }
        },
      );
    });
  }
}

async function httpsOptions() {
  // Local HTTPS for sideloading; certificates are made offline. Installing the
  // development CA needs administrator rights (and the OS certificate store):
  // where that fails, serve with the generated files and say how to trust them.
  const devCerts = require("office-addin-dev-certs");
  try {
    const opts = await devCerts.getHttpsServerOptions();
    return { ca: opts.ca, key: opts.key, cert: opts.cert };
  } catch (e) {
    const defaults = require("office-addin-dev-certs/lib/defaults");
    if (!fs.existsSync(defaults.localhostCertificatePath) || !fs.existsSync(defaults.localhostKeyPath)) {
      await require("office-addin-dev-certs/lib/generate").generateCertificates();
    }
    console.warn(
      `MicroSeg dev server: the development CA could not be installed (${e && e.message ? e.message.split("\n")[0] : e}).\n` +
        `Serving https://localhost:${DEV_PORT} with ${defaults.certificateDirectory}; trust ${defaults.caCertificatePath} in your system or browser for Excel to load the add-in.`,
    );
    return {
      ca: fs.readFileSync(defaults.caCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
    };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const exists = (p) => fs.existsSync(path.resolve(__dirname, p));
  const entry = {
    commands: "./src/commands/commands.ts",
    functions: "./src/functions/functions.ts",
    taskpane: "./src/taskpane/index.tsx",
    // The engine's Web Worker (the task pane and the workbench start it; see src/taskpane/workerGenerate.ts).
    engineWorker: "./src/app/engine.worker.ts",
  };
  if (exists("src/workbench/index.tsx")) {
    entry.workbench = "./src/workbench/index.tsx";
    // The workbench parses an opened .xlsx in this worker (src/workbench/xlsxWorker.ts).
    entry.xlsxWorker = "./src/workbench/xlsx.worker.ts";
  }

  const plugins = [
    new CustomFunctionsMetadataPlugin({
      output: "functions.json",
      input: "./src/functions/functions.ts",
    }),
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      // The small commands bundle runs before the large task-pane bundle, so the
      // ribbon's action is associated as early as the page allows (first click works).
      chunks: ["commands", "functions", "taskpane"],
      chunksSortMode: "manual",
    }),
    new CopyWebpackPlugin({
      patterns: [
        // office.js comes from Microsoft's CDN (src/taskpane/taskpane.html), not from the build.
        { from: "assets/*", to: "assets/[name][ext][query]" },
      ],
    }),
  ];
  if (exists("scripts/functions-locale.js")) {
    // zh-CN metadata is generated from the translation table after functions.json exists.
    const LocalizedMetadataPlugin = require("./scripts/functions-locale.js");
    plugins.push(new LocalizedMetadataPlugin());
  }
  if (entry.workbench) {
    plugins.push(new SkipMinifyPlugin(/^(workbench|engineWorker|xlsxWorker)\.js$/));
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "workbench.html",
        template: "./src/workbench/workbench.html",
        chunks: ["workbench"],
      }),
    );
  }

  return {
    devtool: dev ? "source-map" : false,
    entry,
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: "tsconfig.json",
              // ES modules let webpack tree-shake Fluent UI; type checking is `npm run typecheck`.
              compilerOptions: { module: "esnext", moduleResolution: "bundler" },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins,
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_SERVE && dev ? await httpsOptions() : {} },
      port: DEV_PORT,
    },
  };
};
