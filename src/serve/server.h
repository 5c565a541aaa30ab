// serve/server.h: `dyad serve`, the HTTP front (cpp-httplib) over serve/api.h.
//
// Routes: GET /v1/health, /v1/version, /v1/events, /v1/events/{id}, /v1/aggregate;
// POST /v1/code; GET / and the dashboard's files from `web_dir`. docs/api.md has a request
// and a response for each.
//
// Safety: binds 127.0.0.1 unless told otherwise; bodies over `body_limit` bytes get 413
// before they are read; a bounded worker pool (serve/worker_pool.h) answers 503 when its
// queue is full; read, write and keep-alive timeouts bound a slow client; every error
// reply is JSON naming what was wrong. Stop() (on SIGTERM) stops accepting connections
// and returns from Run() once the requests in flight and queued are answered.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "dyad/coder.h"
#include "dyad/status.h"
#include "serve/api.h"

namespace dyad::serve {

struct ServeOptions {
  std::string db;                       // the store (made by `dyad ingest`); required
  std::string bind = "127.0.0.1";       // address to listen on. Default: loopback only
  int port = 8080;                      // 0: any free port (see Server::port()). Default: 8080
  size_t body_limit = 10 * 1024 * 1024; // request body bytes; more gets 413. Default: 10 MB
  // Requests worked on at once. cpp-httplib keeps a worker on a kept-alive connection
  // between its requests, so this is also the number of clients served without waiting.
  // Default: 32
  size_t workers = 32;
  size_t queue = 64;                    // connections waiting for a worker; more get 503. Default: 64
  int read_timeout_s = 10;              // a request must arrive within this. Default: 10
  int write_timeout_s = 10;             // a reply must be taken within this. Default: 10
  int keep_alive_s = 5;                 // an idle kept-alive connection closes after this. Default: 5
  std::string web_dir;                  // the dashboard's files, served at /; "" serves none
  // More static directories: (URL prefix, directory), e.g. ("/vendor/world-atlas", the npm
  // package's folder). A missing directory is skipped.
  std::vector<std::pair<std::string, std::string>> mounts;
  RequestLimits limits;                 // page sizes, batch sizes (serve/params.h)
  VersionInfo version;                  // what /v1/version reports
};

class Server {
 public:
  // Opens the store read-only and binds the socket (so port() is known before Run()).
  // `coder` may be null (POST /v1/code then answers 503); REQUIRES: it outlives the
  // Server. Fails naming the store or the address.
  static Result<std::unique_ptr<Server>> Create(const ServeOptions& options, const Coder* coder);
  // REQUIRES: Run() is not running (Stop() it and join its thread first).
  ~Server();

  // The bound port.
  int port() const;
  // Serves until Stop(); then drains the requests accepted so far and returns.
  Status Run();
  // Thread-safe; callable before, during or after Run() (not from a signal handler:
  // call it from a thread that waited for the signal, as tools/dyad/serve_cmd.cc does).
  void Stop();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad::serve
