[2024-06-07 06:00:29] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 06:02:11] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:03:02] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/config.json"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/config.json\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/config.json\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 06:03:20] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 06:03:27] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 06:04:05] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-login.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-login.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-login.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 06:04:42] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:04:49] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 06:05:54] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:07:00] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:07:06] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:07:15] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.git/config"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.git/config\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.git/config\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 06:08:56] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:09:17] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:09:53] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:10:10] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/admin/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/admin/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/admin/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 06:11:03] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:12:22] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:12:59] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 06:13:42] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:13:50] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:15:48] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 06:16:05] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/phpinfo.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/phpinfo.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/phpinfo.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 06:18:04] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 06:18:12] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-admin/setup-config.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-admin/setup-config.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-admin/setup-config.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 06:20:13] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/admin/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/admin/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/admin/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 06:20:33] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:21:09] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:21:23] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-login.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-login.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-login.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 06:21:54] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:22:22] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-admin/setup-config.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-admin/setup-config.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-admin/setup-config.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 06:22:31] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:22:38] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:24:35] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:24:36] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:26:06] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 06:26:21] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:26:50] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-login.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-login.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-login.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 06:27:01] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:27:29] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 06:27:41] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:28:01] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 06:28:41] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:28:53] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 06:28:56] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:29:12] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 06:29:15] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 06:30:11] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:30:35] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 06:32:24] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:32:49] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/config.json"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/config.json\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/config.json\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 06:33:31] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 06:33:41] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:34:01] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 06:36:09] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.git/config"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.git/config\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.git/config\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 06:37:32] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 06:38:17] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:39:00] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 06:40:25] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:42:00] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:42:04] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.git/config"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.git/config\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.git/config\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 06:42:05] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/admin/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/admin/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/admin/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 06:43:12] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/webinar-may-2024" (from "https://www.example.com/events")" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/webinar-may-2024\" (from \"https://www.example.com/events\") at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/webinar-may-2024\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 06:43:48] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:46:33] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/phpinfo.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/phpinfo.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/phpinfo.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 06:47:11] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:48:18] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/webinar-may-2024" (from "https://www.example.com/events")" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/webinar-may-2024\" (from \"https://www.example.com/events\") at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/webinar-may-2024\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 06:48:59] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 06:49:00] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-admin/setup-config.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-admin/setup-config.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-admin/setup-config.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 06:49:33] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:50:11] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:50:54] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 06:52:13] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:53:24] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/admin/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/admin/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/admin/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 06:53:28] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:53:50] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 06:56:11] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 06:56:22] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 06:57:05] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 06:57:20] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 06:57:39] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.git/config"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.git/config\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.git/config\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 06:58:05] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/xmlrpc.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/xmlrpc.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/xmlrpc.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 06:58:51] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:01:34] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/phpinfo.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/phpinfo.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/phpinfo.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 07:02:24] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:02:29] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 07:02:59] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-admin/setup-config.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-admin/setup-config.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-admin/setup-config.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 07:03:31] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 07:04:18] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 07:04:31] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-admin/setup-config.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-admin/setup-config.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-admin/setup-config.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 07:04:47] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:08:34] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:09:09] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:09:38] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:09:44] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:10:00] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:10:34] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.git/config"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.git/config\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.git/config\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 07:11:17] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:11:20] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.git/config"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.git/config\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.git/config\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 07:12:27] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:12:55] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:13:25] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:13:56] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 07:14:28] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:14:35] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-admin/setup-config.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-admin/setup-config.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-admin/setup-config.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 07:14:49] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:14:54] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:15:29] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-login.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-login.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-login.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 07:17:41] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/webinar-may-2024" (from "https://www.example.com/events")" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/webinar-may-2024\" (from \"https://www.example.com/events\") at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/webinar-may-2024\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 07:19:02] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/webinar-may-2024" (from "https://www.example.com/events")" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/webinar-may-2024\" (from \"https://www.example.com/events\") at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/webinar-may-2024\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 07:20:33] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:21:20] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:24:01] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 07:24:38] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 07:27:32] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:27:32] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:28:54] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 07:31:23] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:33:33] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/server-status"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/server-status\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/server-status\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 07:33:56] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 07:34:52] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.git/config"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.git/config\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.git/config\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 07:35:25] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 07:35:47] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:36:04] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 07:36:09] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:36:41] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:37:03] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-admin/setup-config.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-admin/setup-config.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-admin/setup-config.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 07:37:31] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:37:51] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:37:53] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 07:38:22] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 07:38:28] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 07:39:03] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/server-status"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/server-status\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/server-status\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 07:39:07] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:39:50] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-login.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-login.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-login.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 07:40:08] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:41:03] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:43:03] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-admin/setup-config.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-admin/setup-config.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-admin/setup-config.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 07:43:20] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 07:44:47] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:45:16] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/phpinfo.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/phpinfo.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/phpinfo.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 07:49:13] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/webinar-may-2024" (from "https://www.example.com/events")" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/webinar-may-2024\" (from \"https://www.example.com/events\") at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/webinar-may-2024\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 07:51:08] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/server-status"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/server-status\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/server-status\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 07:52:52] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 07:52:59] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:54:12] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 07:54:21] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 07:55:12] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/server-status"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/server-status\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/server-status\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 07:55:25] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 07:55:50] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:55:57] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:56:35] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 07:57:09] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:57:25] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:57:37] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 07:58:35] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.git/config"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.git/config\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.git/config\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:00:22] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/webinar-may-2024" (from "https://www.example.com/events")" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/webinar-may-2024\" (from \"https://www.example.com/events\") at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/webinar-may-2024\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:01:42] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/config.json"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/config.json\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/config.json\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:02:35] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:03:10] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/server-status"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/server-status\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/server-status\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:04:19] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:05:41] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:06:33] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:07:04] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 08:07:09] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:07:14] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:07:52] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:08:07] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.git/config"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.git/config\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.git/config\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:11:11] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 08:11:13] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:11:19] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-admin/setup-config.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-admin/setup-config.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-admin/setup-config.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:11:50] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:12:39] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:12:47] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:13:24] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-admin/setup-config.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-admin/setup-config.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-admin/setup-config.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:13:29] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:13:59] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-admin/setup-config.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-admin/setup-config.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-admin/setup-config.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:16:01] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 08:16:16] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/admin/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/admin/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/admin/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:16:20] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:16:23] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:17:58] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 08:19:49] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/phpinfo.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/phpinfo.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/phpinfo.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:20:52] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/server-status"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/server-status\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/server-status\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:21:07] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:21:15] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-admin/setup-config.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-admin/setup-config.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-admin/setup-config.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:22:16] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:22:43] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:23:03] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:23:28] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:23:57] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:25:00] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/webinar-may-2024" (from "https://www.example.com/events")" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/webinar-may-2024\" (from \"https://www.example.com/events\") at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/webinar-may-2024\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:26:36] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/admin/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/admin/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/admin/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:26:45] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:26:51] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:27:16] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/config.json"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/config.json\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/config.json\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:27:50] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 08:27:51] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:28:13] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:28:38] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:29:52] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:30:12] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:30:19] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:30:24] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:30:35] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:30:45] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:30:51] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.git/config"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.git/config\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.git/config\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:30:54] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:31:06] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:31:08] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:31:09] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.git/config"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.git/config\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.git/config\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:31:24] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:31:47] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:31:51] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:32:07] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:32:21] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "POST https://mautic.example.com/xmlrpc.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"POST https://mautic.example.com/xmlrpc.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/xmlrpc.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:32:27] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:32:28] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:32:33] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:32:36] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:32:37] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:32:39] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:32:47] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:32:48] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:32:52] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:32:54] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:32:54] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:32:57] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:32:58] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:33:09] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:33:19] mautic.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\ConnectionException: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line 103 {"exception":"[object] (Doctrine\\DBAL\\Exception\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:103)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1939): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1881): Doctrine\\DBAL\\Connection->handleDriverException()
#2 /var/www/html/vendor/doctrine/dbal/src/Connection.php(350): Doctrine\\DBAL\\Connection->convertExceptionDuringConnect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#5 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#10 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#12 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#14 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#16 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#17 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#18 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#19 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#20 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#21 /var/www/html/docroot/index.php(9): require_once()
#22 {main}

[previous exception] [object] (Doctrine\\DBAL\\Driver\\PDO\\Exception(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Exception.php:28)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): Doctrine\\DBAL\\Driver\\PDO\\Exception::new()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}

[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:34)
[stacktrace]
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php(34): PDO->__construct()
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(348): Doctrine\\DBAL\\Driver\\PDO\\MySQL\\Driver->connect()
#2 /var/www/html/vendor/doctrine/dbal/src/Connections/PrimaryReadReplicaConnection.php(207): Doctrine\\DBAL\\Connection->connect()
#3 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1457): Doctrine\\DBAL\\Connections\\PrimaryReadReplicaConnection->connect()
#4 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1057): Doctrine\\DBAL\\Connection->getWrappedConnection()
#5 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query/Exec/SingleSelectExecutor.php(31): Doctrine\\DBAL\\Connection->executeQuery()
#6 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/Query.php(325): Doctrine\\ORM\\Query\\Exec\\SingleSelectExecutor->execute()
#7 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1212): Doctrine\\ORM\\Query->_doExecute()
#8 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(1166): Doctrine\\ORM\\AbstractQuery->executeIgnoreQueryCache()
#9 /var/www/html/vendor/doctrine/orm/lib/Doctrine/ORM/AbstractQuery.php(901): Doctrine\\ORM\\AbstractQuery->execute()
#10 /var/www/html/docroot/app/bundles/CoreBundle/Entity/IpAddressRepository.php(24): Doctrine\\ORM\\AbstractQuery->getResult()
#11 /var/www/html/docroot/app/bundles/CoreBundle/Helper/IpLookupHelper.php(121): Mautic\\CoreBundle\\Entity\\IpAddressRepository->getIpAddress()
#12 /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php(592): Mautic\\CoreBundle\\Helper\\IpLookupHelper->getIpAddress()
#13 /var/www/html/docroot/app/bundles/PageBundle/Controller/PublicController.php(392): Mautic\\PageBundle\\Model\\PageModel->hitPage()
#14 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(163): Mautic\\PageBundle\\Controller\\PublicController->trackingAction()
#15 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#16 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#17 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#18 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#19 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#20 /var/www/html/docroot/index.php(9): require_once()
#21 {main}
"} []
[2024-06-07 08:36:06] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:36:07] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:36:34] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:37:07] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:38:41] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:40:50] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 08:40:54] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:41:35] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:44:08] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 08:44:32] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 08:45:20] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 08:45:21] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 08:46:15] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 08:46:25] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/admin/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/admin/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/admin/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:46:37] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.git/config"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.git/config\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.git/config\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:46:43] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:47:54] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:48:25] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:50:33] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:53:36] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:54:07] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:54:53] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:57:20] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:57:37] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.git/config"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.git/config\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.git/config\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:57:43] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 08:57:58] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 08:58:34] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/webinar-may-2024" (from "https://www.example.com/events")" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/webinar-may-2024\" (from \"https://www.example.com/events\") at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/webinar-may-2024\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 08:59:50] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:00:07] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:00:34] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:01:16] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "POST https://mautic.example.com/xmlrpc.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"POST https://mautic.example.com/xmlrpc.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/xmlrpc.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:01:27] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:01:34] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 09:01:39] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/webinar-may-2024" (from "https://www.example.com/events")" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/webinar-may-2024\" (from \"https://www.example.com/events\") at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/webinar-may-2024\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:02:04] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:03:14] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 09:03:31] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/admin/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/admin/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/admin/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:03:36] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:06:01] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 09:09:10] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/config.json"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/config.json\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/config.json\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:09:31] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:09:46] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:09:57] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:10:25] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:11:50] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/xmlrpc.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/xmlrpc.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/xmlrpc.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:12:40] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:12:44] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 09:13:45] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 09:14:07] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 09:14:14] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 09:14:45] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/phpinfo.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/phpinfo.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/phpinfo.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:15:18] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:15:26] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:16:11] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:16:50] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 09:19:45] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:19:55] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/config.json"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/config.json\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/config.json\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:20:12] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 09:21:19] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:21:35] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:22:21] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/config.json"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/config.json\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/config.json\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:22:30] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/webinar-may-2024" (from "https://www.example.com/events")" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/webinar-may-2024\" (from \"https://www.example.com/events\") at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/webinar-may-2024\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:22:32] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:22:40] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:23:01] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:23:56] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 09:24:15] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:25:14] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:25:29] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:26:54] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 09:27:45] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:28:06] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:28:26] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/config.json"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/config.json\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/config.json\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:28:53] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-login.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-login.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-login.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:30:00] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:31:52] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 09:31:54] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:31:57] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/server-status"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/server-status\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/server-status\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:32:35] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:32:47] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.git/config"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.git/config\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.git/config\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:32:51] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 09:32:55] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/phpinfo.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/phpinfo.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/phpinfo.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:32:56] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:33:26] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 09:35:38] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:36:05] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/webinar-may-2024" (from "https://www.example.com/events")" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/webinar-may-2024\" (from \"https://www.example.com/events\") at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/webinar-may-2024\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:36:07] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.git/config"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.git/config\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.git/config\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:37:51] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 09:38:45] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:38:50] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:39:07] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:39:51] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:40:09] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:40:27] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:41:12] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:42:10] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:42:12] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/config.json"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/config.json\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/config.json\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:42:14] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:45:39] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:46:09] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/xmlrpc.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/xmlrpc.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/xmlrpc.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:46:40] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/server-status"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/server-status\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/server-status\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:49:21] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:50:28] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:50:57] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:51:47] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/server-status"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/server-status\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/server-status\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:54:03] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:54:46] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:56:14] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:56:24] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:58:25] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:58:26] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 09:58:34] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 09:58:34] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/phpinfo.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/phpinfo.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/phpinfo.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 09:59:27] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 10:01:36] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:01:54] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.git/config"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.git/config\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.git/config\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:03:13] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.git/config"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.git/config\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.git/config\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:03:17] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:04:51] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 10:05:27] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:05:47] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:05:53] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 10:07:02] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/webinar-may-2024" (from "https://www.example.com/events")" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/webinar-may-2024\" (from \"https://www.example.com/events\") at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/webinar-may-2024\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:07:19] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 10:07:55] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/xmlrpc.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/xmlrpc.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/xmlrpc.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:09:03] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:09:13] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/config.json"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/config.json\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/config.json\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:10:03] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:10:18] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:11:15] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:15:17] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:15:31] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/xmlrpc.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/xmlrpc.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/xmlrpc.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:15:55] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 10:16:32] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:18:04] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 10:19:30] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:19:58] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/config.json"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/config.json\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/config.json\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:20:02] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:02] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:03] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:09] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:09] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:09] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:09] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:09] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:09] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:09] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:09] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:09] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:09] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:09] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:09] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:10] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:10] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:10] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:10] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:10] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:10] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:10] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:10] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:10] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:10] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:10] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:10] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:10] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:10] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:10] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:10] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:10] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:11] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:20:11] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:21:02] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:21:17] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 10:23:50] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 10:26:42] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 10:27:16] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:27:48] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:27:58] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-login.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-login.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-login.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:28:13] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/xmlrpc.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/xmlrpc.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/xmlrpc.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:28:35] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:28:44] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:30:03] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:30:03] mautic.ERROR: [MAIL ERROR] Connection could not be established with host "smtp.example.com:587": stream_socket_client(): Unable to connect to smtp.example.com:587 (Connection timed out) [] []
[2024-06-07 10:30:20] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/server-status"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/server-status\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/server-status\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:30:23] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:30:31] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:31:29] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/config.json"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/config.json\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/config.json\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:32:42] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:33:03] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-login.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-login.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-login.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:33:57] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 10:34:45] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:35:01] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:35:12] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:36:11] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 10:36:15] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:36:31] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.git/config"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.git/config\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.git/config\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:36:32] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/server-status"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/server-status\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/server-status\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:36:40] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:37:34] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/config.json"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/config.json\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/config.json\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:38:45] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.git/config"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.git/config\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.git/config\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:38:48] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:40:25] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:40:56] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:44:32] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 10:45:16] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:45:49] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/admin/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/admin/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/admin/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:48:34] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:48:52] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/xmlrpc.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/xmlrpc.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/xmlrpc.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:48:55] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:49:11] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:49:43] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/phpinfo.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/phpinfo.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/phpinfo.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:50:22] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 10:50:37] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:51:12] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/xmlrpc.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/xmlrpc.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/xmlrpc.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:53:11] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:56:02] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:56:27] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-login.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-login.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-login.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:56:55] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/webinar-may-2024" (from "https://www.example.com/events")" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/webinar-may-2024\" (from \"https://www.example.com/events\") at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/webinar-may-2024\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:57:19] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/admin/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/admin/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/admin/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:58:02] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 10:58:09] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 10:58:24] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/webinar-may-2024" (from "https://www.example.com/events")" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/webinar-may-2024\" (from \"https://www.example.com/events\") at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/webinar-may-2024\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 10:59:45] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:00:19] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:01:40] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:01:48] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/config.json"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/config.json\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/config.json\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:02:17] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:02:31] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/webinar-may-2024" (from "https://www.example.com/events")" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/webinar-may-2024\" (from \"https://www.example.com/events\") at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/webinar-may-2024\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:03:04] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:03:32] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-login.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-login.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-login.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:04:04] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:05:05] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/admin/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/admin/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/admin/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:05:07] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 11:05:44] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:06:01] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-admin/setup-config.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-admin/setup-config.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-admin/setup-config.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:07:42] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/phpinfo.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/phpinfo.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/phpinfo.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:08:58] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:10:59] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:11:08] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/admin/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/admin/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/admin/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:13:09] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:14:10] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 11:14:26] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 11:14:29] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 11:14:46] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 11:15:21] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 11:16:23] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:17:16] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:17:31] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:18:06] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:18:21] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/xmlrpc.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/xmlrpc.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/xmlrpc.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:19:20] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/admin/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/admin/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/admin/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:21:04] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:21:45] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:23:52] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/config.json"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/config.json\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/config.json\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:24:29] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:25:50] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:25:56] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:26:03] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:26:57] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:28:21] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:28:36] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:28:53] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.git/config"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.git/config\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.git/config\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:29:20] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 11:30:38] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:31:00] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:31:58] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:32:02] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:33:27] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:33:37] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:33:43] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:34:10] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:34:53] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-admin/setup-config.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-admin/setup-config.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-admin/setup-config.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:35:37] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 11:36:27] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:36:44] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-login.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-login.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-login.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:39:16] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 11:39:23] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-login.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-login.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-login.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:39:38] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 11:40:36] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-login.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-login.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-login.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:40:41] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:40:48] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:41:15] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/server-status"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/server-status\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/server-status\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:42:47] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:43:09] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:45:00] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:45:02] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 11:45:43] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:45:59] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/admin/.env"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/admin/.env\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/admin/.env\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:46:02] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:47:04] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:47:40] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.git/config"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.git/config\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.git/config\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:47:48] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/config.json"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/config.json\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/config.json\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:48:23] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:48:39] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 11:48:55] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:49:00] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/webinar-may-2024" (from "https://www.example.com/events")" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/webinar-may-2024\" (from \"https://www.example.com/events\") at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/webinar-may-2024\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:49:28] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 11:51:56] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:52:23] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 11:54:34] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-admin/setup-config.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-admin/setup-config.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-admin/setup-config.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:55:09] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:55:24] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:55:28] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:55:37] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 11:55:49] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:55:50] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/.git/config"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/.git/config\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/.git/config\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:55:51] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/server-status"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/server-status\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/server-status\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:56:11] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 11:56:57] mautic.ERROR: Uncaught PHP Exception Symfony\Component\HttpKernel\Exception\NotFoundHttpException: "No route found for "GET https://mautic.example.com/wp-admin/setup-config.php"" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135 {"exception":"[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://mautic.example.com/wp-admin/setup-config.php\" at /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php:135)
[stacktrace]
#0 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#1 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#2 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#3 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#4 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#5 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#6 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#7 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#8 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#9 /var/www/html/docroot/index.php(9): require_once()
#10 {main}

[previous exception] [object] (Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException(code: 0): No routes found for \"/wp-admin/setup-config.php\". at /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:74)
[stacktrace]
#0 /var/www/html/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php(40): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->doMatch()
#1 /var/www/html/vendor/symfony/routing/Matcher/UrlMatcher.php(103): Symfony\\Bundle\\FrameworkBundle\\Routing\\RedirectableCompiledUrlMatcher->match()
#2 /var/www/html/vendor/symfony/routing/Router.php(246): Symfony\\Component\\Routing\\Matcher\\UrlMatcher->matchRequest()
#3 /var/www/html/vendor/symfony-cmf/routing/src/ChainRouter.php(180): Symfony\\Component\\Routing\\Router->matchRequest()
#4 /var/www/html/vendor/symfony/http-kernel/EventListener/RouterListener.php(111): Symfony\\Cmf\\Component\\Routing\\ChainRouter->matchRequest()
#5 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(270): Symfony\\Component\\HttpKernel\\EventListener\\RouterListener->onKernelRequest()
#6 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(230): Symfony\\Component\\EventDispatcher\\EventDispatcher::Symfony\\Component\\EventDispatcher\\{closure}()
#7 /var/www/html/vendor/symfony/event-dispatcher/EventDispatcher.php(59): Symfony\\Component\\EventDispatcher\\EventDispatcher->callListeners()
#8 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(139): Symfony\\Component\\EventDispatcher\\EventDispatcher->dispatch()
#9 /var/www/html/vendor/symfony/http-kernel/HttpKernel.php(75): Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw()
#10 /var/www/html/vendor/symfony/http-kernel/Kernel.php(202): Symfony\\Component\\HttpKernel\\HttpKernel->handle()
#11 /var/www/html/docroot/app/AppKernel.php(104): Symfony\\Component\\HttpKernel\\Kernel->handle()
#12 /var/www/html/vendor/symfony/runtime/Runner/Symfony/HttpKernelRunner.php(35): AppKernel->handle()
#13 /var/www/html/vendor/autoload_runtime.php(29): Symfony\\Component\\Runtime\\Runner\\Symfony\\HttpKernelRunner->run()
#14 /var/www/html/docroot/index.php(9): require_once()
#15 {main}
"} []
[2024-06-07 11:57:17] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
[2024-06-07 11:57:27] mautic.WARNING: PHP Warning - Undefined array key "page_url" - in file /var/www/html/docroot/app/bundles/PageBundle/Model/PageModel.php - at line 853 [] []
[2024-06-07 11:58:33] mautic.WARNING: PHP Warning - Trying to access array offset on value of type null - in file /var/www/html/docroot/app/bundles/LeadBundle/Tracker/DeviceTracker.php - at line 74 [] []
