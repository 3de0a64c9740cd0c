// Benchmarks: word lists for the generated corpus.

enum Vocabulary {
  static let components = [
    "nginx", "haproxy", "envoy", "cri-o", "containerd", "kubelet", "etcd", "coredns", "postgresql", "mysql", "redis",
    "kafka", "zookeeper", "rabbitmq", "elasticsearch", "prometheus", "grafana", "systemd", "openssh", "openssl",
    "glibc", "gcc", "binutils", "golang", "rustc", "python3", "nodejs", "java", "maven", "gradle", "podman", "buildah",
    "skopeo", "runc", "crun", "cilium", "calico", "flannel", "istio", "linkerd", "vault", "consul", "terraform",
    "ansible", "puppet", "chrony", "ntpd", "rsyslog", "journald", "selinux", "firewalld", "nftables", "iptables",
    "lvm2", "xfsprogs", "e2fsprogs", "nfs-utils", "samba", "bind", "dnsmasq",
  ]
  static let tags = [
    "linker", "tls", "dns", "memory", "cpu", "disk", "network", "upgrade", "rpm", "deb", "kernel", "cgroups",
    "selinux", "permissions", "timeouts", "certificates", "performance", "regression", "config", "build", "packaging",
    "fedora", "debian", "ubuntu", "rhel", "alpine", "arm64", "x86-64", "ipv6", "oom", "deadlock", "race",
  ]
  struct Failure { var phrase: String; var slug: String }
  static let failures = [
    Failure(phrase: "fails to start", slug: "start-failure"), Failure(phrase: "crashes on reload", slug: "reload-crash"),
    Failure(phrase: "leaks memory", slug: "memory-leak"), Failure(phrase: "fails to link", slug: "link-failure"),
    Failure(phrase: "drops connections", slug: "dropped-connections"), Failure(phrase: "rejects certificates", slug: "certificate-rejected"),
    Failure(phrase: "hangs at boot", slug: "boot-hang"), Failure(phrase: "loses data", slug: "data-loss"),
    Failure(phrase: "times out", slug: "timeout"), Failure(phrase: "fails its health check", slug: "health-check"),
  ]
  static let triggers = ["an upgrade", "a kernel update", "a config change", "a certificate rotation", "a node reboot", "a dependency bump", "a failover", "a disk resize"]
  static let causes = ["a stale cache", "a missing symbol", "a race in shutdown", "a wrong default", "an expired certificate", "a full disk", "a changed ABI", "a DNS loop", "an SELinux denial"]
  static let fixes = ["pinning the previous version works around it", "a patched build fixes it", "a config change avoids it", "restarting clears it until the next reload"]
  static let environments = ["Fedora 41", "Fedora 40", "RHEL 9.4", "Debian 12", "Ubuntu 24.04", "Kubernetes 1.31", "Kubernetes 1.32", "AWS m6i.large", "bare metal, 64 cores", "Go 1.23", "glibc 2.39"]
  static let errnos = ["ENOENT", "EACCES", "EADDRINUSE", "ECONNREFUSED", "ETIMEDOUT", "ENOMEM", "EPERM", "EIO"]
  static let panics = ["invalid memory address or nil pointer dereference", "index out of range [3] with length 3", "slice bounds out of range", "concurrent map writes"]
  static let technical = [
    "io_uring_setup", "SSL_CTX_use_certificate", "epoll_wait", "dlopen", "pthread_create", "getaddrinfo", "mmap",
    "fsync", "GOMAXPROCS", "-Wl,--as-needed", "-fstack-protector-strong", "net.ipv4.tcp_tw_reuse", "vm.max_map_count",
    "LD_LIBRARY_PATH", "proxy_pass", "keepalive_timeout", "max_connections", "shared_buffers", "wal_level",
    "fs.inotify.max_user_watches", "ulimit -n", "KUBECONFIG", "CAP_NET_ADMIN", "x509.Certificate", "runtime.gopark",
  ]
  static let words = [
    "the", "service", "node", "after", "before", "restart", "request", "connection", "worker", "process", "thread",
    "socket", "buffer", "cache", "queue", "cluster", "leader", "replica", "volume", "mount", "container", "image",
    "registry", "pod", "deployment", "rollout", "probe", "handler", "listener", "upstream", "backend", "frontend",
    "certificate", "key", "chain", "trust", "store", "package", "build", "linker", "symbol", "library", "version",
    "kernel", "module", "driver", "interrupt", "memory", "page", "allocation", "limit", "quota", "timeout", "retry",
    "backoff", "latency", "throughput", "error", "warning", "log", "trace", "metric", "alert", "dashboard", "config",
    "default", "option", "flag", "value", "setting", "policy", "rule", "permission", "denied", "allowed", "user",
    "group", "daemon", "unit", "timer", "boot", "shutdown", "signal", "exit", "status", "code", "returns", "fails",
    "succeeds", "shows", "reports", "expects", "ignores", "reads", "writes", "opens", "closes", "holds", "waits",
    "and", "or", "but", "with", "without", "when", "while", "because", "so", "then", "only", "every", "some", "no",
    "old", "new", "stale", "fresh", "large", "small", "slow", "fast", "first", "last", "next", "previous", "same",
  ]
  /// The words of ``words`` that real prose is full of: the little words.
  static let littleWords = [
    "the", "after", "before", "and", "or", "but", "with", "without", "when", "while", "because", "so", "then", "only",
    "every", "some", "no", "same", "first", "last", "next",
  ]

  /// `count` distinct made-up words of two or three syllables (`brandel`, `koustrix`), the
  /// same for the same count.
  static func madeUpWords(_ count: Int) -> [String] {
    let onsets = ["b", "br", "c", "ch", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "pl", "r", "s", "sh", "st", "t", "tr", "v", "w", "z"]
    let vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou"]
    let codas = ["", "n", "r", "l", "s", "t", "nd", "rk", "st", "x"]
    var random = SplitMix64(seed: 7)
    func pick(_ items: [String]) -> String { items[Int(random.next() % UInt64(items.count))] }
    var words: [String] = [], seen = Set(Vocabulary.words)
    while words.count < count {
      let word = (0..<(2 + Int(random.next() % 2))).map { _ in pick(onsets) + pick(vowels) + pick(codas) }.joined()
      if seen.insert(word).inserted { words.append(word) }
    }
    return words
  }

  static let chineseWords = [
    "服务", "节点", "重启", "请求", "连接", "进程", "线程", "缓存", "队列", "集群", "容器", "镜像", "证书", "密钥",
    "构建", "链接", "符号", "版本", "内核", "模块", "内存", "超时", "重试", "延迟", "错误", "日志", "配置", "默认",
    "权限", "拒绝", "用户", "升级", "回滚", "失败", "成功", "报告", "读取", "写入", "等待", "因为", "所以", "然后",
    "旧的", "新的", "过期", "大量", "缓慢", "第一次", "最后", "相同", "问题", "原因", "修复", "验证", "环境", "依赖",
  ]
  static let chineseFailures = ["启动失败", "重载时崩溃", "内存泄漏", "链接失败", "连接中断", "证书被拒绝", "启动卡住", "响应超时"]
  static let chineseTriggers = ["升级", "内核更新", "配置变更", "证书轮换", "节点重启", "依赖升级"]
}
