"""A read-only dashboard on python-gitlab (Debian's python3-gitlab, unmodified): who am I, one
project, its open merge requests and its latest pipeline. `--user-only` reads just the user, as an
integration that checks whose token it was given does. Usage: dashboard.py URL CA_FILE [--user-only],
the token in GITLAB_TOKEN. Prints what it read; on GitLab's error, prints it and exits 1."""
import os
import sys

import gitlab

url, ca_file = sys.argv[1], sys.argv[2]
client = gitlab.Gitlab(url, private_token=os.environ["GITLAB_TOKEN"], ssl_verify=ca_file)
try:
    client.auth()
    if "--user-only" in sys.argv:
        print(f"user {client.user.username}")
        sys.exit(0)
    project = client.projects.get("acme/widgets")
    merge_requests = project.mergerequests.list(state="opened", get_all=False)
    pipelines = project.pipelines.list(get_all=False)
    print(
        f"user {client.user.username}: {project.path_with_namespace}, "
        f"{len(merge_requests)} open merge requests, latest pipeline {pipelines[0].status}"
    )
except gitlab.exceptions.GitlabError as error:
    print(f"{type(error).__name__}: {error.response_code}: {error.error_message}", file=sys.stderr)
    sys.exit(1)
