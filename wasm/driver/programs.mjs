// The programs the worker can run: how to load each one's wasm module and
// how to start a run in it. The wasm modules are build products
// (build/wasm/wasm/...), made by `node tools/build.mjs wasm`.
//
// Until the interpreter is there, the only program is the first proof: the
// seeds' gather example written in C++ with aio::task.

/// name -> { load(): Promise<module>, start(module, nowMs): run pointer }
export const programs = {
  'gather-demo': {
    load: async () => {
      const { default: create } = await import('../../build/wasm/wasm/proof/gather_demo.mjs');
      return create();
    },
    start: (module, nowMs) => module._gather_demo_start(nowMs),
  },
};
