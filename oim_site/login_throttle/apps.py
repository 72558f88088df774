from django.apps import AppConfig


class LoginThrottleConfig(AppConfig):
    name = "oim_site.login_throttle"
    label = "login_throttle"
