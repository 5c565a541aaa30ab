// serve/server.cc: routes, limits and the life cycle of the HTTP server.
//
// cpp-httplib accepts connections on the Run() thread and hands each to its task queue;
// ours is a WorkerPool (bounded: a connection it sheds is answered 503 by the
// pre-routing handler). Handlers only copy the request's parameters or body into an Api
// call and its Reply into the response.
#include "serve/server.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <thread>

#include <httplib.h>

#include "serve/worker_pool.h"

namespace dyad::serve {
namespace {

class PoolQueue final : public httplib::TaskQueue {
 public:
  PoolQueue(size_t workers, size_t capacity) : pool_(workers, capacity) {}
  void enqueue(std::function<void()> fn) override { pool_.Enqueue(std::move(fn)); }
  void shutdown() override { pool_.Shutdown(); }

 private:
  WorkerPool pool_;
};

void Send(const Reply& r, httplib::Response& res) {
  res.status = r.status;
  res.set_content(r.body, "application/json");
}

const char* Reason(int status) {
  switch (status) {
    case 400: return "bad request";
    case 404: return "no such resource";
    case 405: return "method not allowed";
    case 408: return "request timed out";
    case 413: return "request body too large";
    case 414: return "request line too long";
    case 503: return "server busy: too many requests waiting; try again shortly";
    default: return status >= 500 ? "server error" : "error";
  }
}

}  // namespace

struct Server::Impl {
  ServeOptions options;
  std::unique_ptr<StorePool> stores;
  std::unique_ptr<Api> api;
  httplib::Server http;
  int port = 0;
  std::mutex mu;
  bool running = false, stopping = false;  // guarded by mu
  std::atomic<bool> done{false};
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() { Stop(); }

int Server::port() const { return impl_->port; }

Result<std::unique_ptr<Server>> Server::Create(const ServeOptions& o, const Coder* coder) {
  if (o.db.empty()) return Status::InvalidArgument("--db: give the store to serve (made by dyad ingest)");
  if (o.port < 0 || o.port > 65535) return Status::InvalidArgument("--port " + std::to_string(o.port) + " is not a port (0-65535)");
  if (!o.web_dir.empty() && !std::filesystem::is_directory(o.web_dir)) {
    return Status::NotFound("--web " + o.web_dir + ": no such directory");
  }
  auto impl = std::make_unique<Impl>();
  impl->options = o;
  DYAD_ASSIGN_OR_RETURN(impl->stores, StorePool::Open(o.db));
  impl->api = std::make_unique<Api>(impl->stores.get(), coder, o.version, o.limits);
  Api& api = *impl->api;
  httplib::Server& h = impl->http;
  const size_t workers = o.workers, queue = o.queue;
  h.new_task_queue = [workers, queue] { return new PoolQueue(workers, queue); };
  h.set_payload_max_length(o.body_limit);
  h.set_read_timeout(o.read_timeout_s, 0);
  h.set_write_timeout(o.write_timeout_s, 0);
  h.set_keep_alive_timeout(o.keep_alive_s);
  h.set_keep_alive_max_count(100);
  h.set_default_headers({{"X-Content-Type-Options", "nosniff"}, {"Cache-Control", "no-store"}});

  h.set_pre_routing_handler([](const httplib::Request&, httplib::Response& res) {
    if (!WorkerPool::Overloaded()) return httplib::Server::HandlerResponse::Unhandled;
    res.status = 503;
    res.set_header("Connection", "close");
    res.set_header("Retry-After", "1");
    res.set_content(std::string(R"({"error":{"status":503,"message":")") + Reason(503) + "\"}}", "application/json");
    return httplib::Server::HandlerResponse::Handled;
  });
  h.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string body = R"({"error":{"status":)" + std::to_string(res.status) + R"(,"message":")" + Reason(res.status) + "\"}}";
    res.set_content(body, "application/json");
  });
  h.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    res.status = 500;
    res.set_content(R"({"error":{"status":500,"message":"server error"}})", "application/json");
  });

  h.Get("/v1/health", [&api](const httplib::Request&, httplib::Response& res) { Send(api.Health(), res); });
  h.Get("/v1/version", [&api](const httplib::Request&, httplib::Response& res) { Send(api.Version(), res); });
  h.Get("/v1/events", [&api](const httplib::Request& req, httplib::Response& res) { Send(api.Events(req.params), res); });
  h.Get(R"(/v1/events/([^/]+))", [&api](const httplib::Request& req, httplib::Response& res) {
    Send(api.Event(req.matches[1].str()), res);
  });
  h.Get("/v1/aggregate", [&api](const httplib::Request& req, httplib::Response& res) { Send(api.Aggregate(req.params), res); });
  h.Post("/v1/code", [&api](const httplib::Request& req, httplib::Response& res) { Send(api.Code(req.body), res); });
  for (const auto& [prefix, dir] : o.mounts) {
    if (std::filesystem::is_directory(dir)) h.set_mount_point(prefix, dir);
  }
  if (!o.web_dir.empty() && !h.set_mount_point("/", o.web_dir)) {
    return Status::NotFound("--web " + o.web_dir + ": cannot serve that directory");
  }

  if (o.port == 0) {
    impl->port = h.bind_to_any_port(o.bind);
    if (impl->port <= 0) return Status::IoError("cannot listen on " + o.bind + " (any port)");
  } else {
    if (!h.bind_to_port(o.bind, o.port)) {
      return Status::IoError("cannot listen on " + o.bind + ":" + std::to_string(o.port) +
                             " (in use, or not an address of this machine)");
    }
    impl->port = o.port;
  }
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Status Server::Run() {
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    if (impl_->stopping) return Status::Ok();
    impl_->running = true;
  }
  const bool ok = impl_->http.listen_after_bind();
  impl_->done = true;
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    if (impl_->stopping) return Status::Ok();
  }
  return ok ? Status::Ok() : Status::IoError("the server stopped listening unexpectedly");
}

void Server::Stop() {
  bool running;
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    impl_->stopping = true;
    running = impl_->running;
  }
  if (!running) return;
  // Run() may not have entered httplib's accept loop yet; stop() is a no-op until it has.
  while (!impl_->done && !impl_->http.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  impl_->http.stop();
}

}  // namespace dyad::serve
