// tools/dyad/serve_cmd.cc: `dyad serve --db FILE [--port 8080] [--bind 127.0.0.1]`.
//
// Loads the dictionaries and the coder as `dyad code` does (same defaults, same --dict
// flags), opens the store read-only and serves the API and the dashboard (docs/api.md)
// until SIGTERM or SIGINT, which stop accepting connections and let the requests in
// flight finish. Exit codes: 0 stopped by a signal, 2 an error (bad flag, missing store,
// port in use).
#include "serve_cmd.h"

#include <pthread.h>

#include <csignal>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "dyad/coder.h"
#include "dyad/dictionary.h"
#include "serve/server.h"
#include "syntax/model_path.h"
#include "util/data_dir.h"

#if __has_include("dyad_version.h")
#include "dyad_version.h"
#else
#define DYAD_VERSION_STRING "unknown"
#endif

namespace dyad::cli {
namespace {

struct ServeArgs {
  serve::ServeOptions options;
  std::vector<std::string> dicts;
  bool no_default_dict = false;
  bool no_syntax = false;
  std::string model;
  size_t body_limit_mb = 10;
};

// The dashboard's files: --web, else web/ of the source tree this binary was built from.
std::string DefaultWebDir() {
#ifdef DYAD_WEB_DIR
  if (std::filesystem::is_directory(DYAD_WEB_DIR)) return DYAD_WEB_DIR;
#endif
  return "";
}

int RunServe(ServeArgs a) {
  DictionaryOptions dopt;
  dopt.load_defaults = !a.no_default_dict;
  dopt.extra_paths = a.dicts;
  auto dict = Dictionary::Load(dopt);
  if (!dict.ok()) {
    std::cerr << "dyad serve: " << dict.status().message() << "\n";
    return 2;
  }
  CoderOptions copt;
  copt.use_syntax = !a.no_syntax;
  copt.model_path = a.model;
  auto coder = Coder::Create(dict.value(), copt);
  if (!coder.ok()) {
    std::cerr << "dyad serve: " << coder.status().message() << "\n";
    return 2;
  }
  serve::ServeOptions& o = a.options;
  o.body_limit = a.body_limit_mb * 1024 * 1024;
  if (o.web_dir.empty()) o.web_dir = DefaultWebDir();
#ifdef DYAD_WORLD_ATLAS_DIR
  o.mounts.emplace_back("/vendor/world-atlas", DYAD_WORLD_ATLAS_DIR);  // fetched by scripts/setup.sh
#endif
  o.version = {DYAD_VERSION_STRING, util::Data().dict_source,
               a.no_syntax ? "" : (a.model.empty() ? syntax::DefaultModelPath() : a.model)};
  // SIGTERM and SIGINT are waited for on a thread of their own (blocked everywhere else,
  // including the server's threads, which inherit the mask).
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  std::signal(SIGPIPE, SIG_IGN);
  auto server = serve::Server::Create(o, coder.value().get());
  if (!server.ok()) {
    std::cerr << "dyad serve: " << server.status().message() << "\n";
    return 2;
  }
  serve::Server& s = *server.value();
  std::cerr << "dyad serve: " << o.db << " on http://" << o.bind << ":" << s.port() << "/ (SIGTERM or Ctrl-C stops)"
            << std::endl;
  std::thread waiter([&s, set] {
    int sig = 0;
    sigwait(&set, &sig);
    std::cerr << "dyad serve: signal " << sig << ": finishing the requests in flight" << std::endl;
    s.Stop();
  });
  Status st = s.Run();
  if (!st.ok()) {
    std::cerr << "dyad serve: " << st.message() << "\n";
    pthread_kill(waiter.native_handle(), SIGTERM);  // release the waiter
    waiter.join();
    return 2;
  }
  waiter.join();
  std::cerr << "dyad serve: stopped" << std::endl;
  return 0;
}

}  // namespace

void AddServeCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ServeArgs>();
  serve::ServeOptions& o = args->options;
  CLI::App* cmd = app.add_subcommand("serve", "Serve a store over HTTP: the JSON API and the dashboard (docs/api.md)");
  cmd->add_option("--db", o.db, "The store (made by dyad ingest); opened read-only")->required();
  cmd->add_option("--port", o.port, "Port to listen on (0: any free port)")->default_str("8080")->check(CLI::Range(0, 65535));
  cmd->add_option("--bind", o.bind, "Address to listen on (0.0.0.0 exposes it to the network)")->default_str("127.0.0.1");
  cmd->add_option("--body-limit-mb", args->body_limit_mb, "Largest request body, in MiB (larger gets 413)")
      ->default_str("10")->check(CLI::Range(1, 1024));
  cmd->add_option("--workers", o.workers, "Requests worked on at once (each kept-alive client holds one)")->default_str("32")->check(CLI::Range(1, 256));
  cmd->add_option("--queue", o.queue, "Connections that may wait for a worker (more get 503)")
      ->default_str("64")->check(CLI::Range(0, 100000));
  cmd->add_option("--timeout", o.read_timeout_s, "Seconds a client has to send its request")
      ->default_str("10")->check(CLI::Range(1, 3600));
  cmd->add_option("--query-timeout-ms", o.limits.query_timeout_ms,
                  "Time the SQL of one request may take; longer gets 503 (0: no limit)")
      ->default_str("30000")->check(CLI::Range(int64_t{0}, int64_t{3600000}));
  cmd->add_option("--web", o.web_dir, "The dashboard's directory (default: web/ of the source tree)");
  cmd->add_option("--dict", args->dicts, "Extra dictionary file or directory for POST /v1/code; repeatable")
      ->allow_extra_args(false);
  cmd->add_flag("--no-default-dict", args->no_default_dict, "Do not load dyad's default dictionaries");
  cmd->add_flag("--no-syntax", args->no_syntax, "Code from word order alone, without the parser");
  cmd->add_option("--model", args->model, "Syntax model file (default: models/en-ud.bin)");
  cmd->footer("Exit codes: 0 stopped by SIGTERM or SIGINT, 2 an error (bad flag, missing store, port in use).");
  cmd->callback([args, exit_code] { *exit_code = RunServe(*args); });
}

}  // namespace dyad::cli
