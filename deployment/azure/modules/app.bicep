// The app: a Linux App Service plan with two or more instances and a Web App running the container image,
// as the user-assigned identity (image pull, Key Vault references, and the bot's own tokens when the bot
// is of type UserAssignedMSI). Secrets reach the app only as Key Vault references in its settings.

@description('Name of the App Service plan.')
param planName string

@description('Name of the web app; its address is https://<name>.azurewebsites.net.')
param webAppName string

@description('Azure region.')
param location string

@description('Tags for the resources.')
param tags object

@description('App Service plan size (Linux), e.g. P0v3 or P1v3.')
param planSku string

@description('Number of instances (at least two, so that one can restart while the other answers).')
@minValue(2)
param instanceCount int

@description('Resource ID of the user-assigned identity.')
param identityId string

@description('Client ID of the user-assigned identity (used to pull the image).')
param identityClientId string

@description('Image to run, e.g. myregistry.azurecr.io/rp-assistant:1.0.0.')
param image string

@description('The app\'s settings (environment variables), name to value. Secrets as Key Vault references.')
param settings object

@description('Mount the knowledge-base file share at /mnt/knowledge-base.')
param mountKnowledgeBase bool

@description('Storage account that holds the knowledge-base share (when mounted).')
param storageAccountName string = ''

@description('Name of the knowledge-base share (when mounted).')
param shareName string = ''

@description('Resource ID of the Log Analytics workspace that receives the app\'s logs.')
param logAnalyticsWorkspaceId string

// Readiness: App Service takes an instance out of the load balancer while this path does not answer 2xx.
var healthCheckPath = '/actuator/health/readiness'

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSku
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux,container'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // The Teams traffic needs no affinity (bot state is in the database). The /admin sign-in does: Spring
    // Security keeps the sign-in in a session held by one instance, so the browser must come back to it.
    clientAffinityEnabled: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOCKER|${image}'
      acrUseManagedIdentityCreds: true
      acrUserManagedIdentityID: identityClientId
      alwaysOn: true
      healthCheckPath: healthCheckPath
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [for setting in items(settings): {
        name: setting.key
        value: setting.value
      }]
    }
  }
}

// Only read (for its key) when the share is mounted.
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource mounts 'Microsoft.Web/sites/config@2023-12-01' = if (mountKnowledgeBase) {
  parent: site
  name: 'azurestorageaccounts'
  properties: {
    'knowledge-base': {
      type: 'AzureFiles'
      accountName: storageAccountName
      shareName: shareName
      mountPath: '/mnt/knowledge-base'
      accessKey: mountKnowledgeBase ? storage.listKeys().keys[0].value : ''
    }
  }
}

// The container's standard output (the app's log) kept on the instance for `az webapp log tail`.
resource logs 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: site
  name: 'logs'
  properties: {
    httpLogs: {
      fileSystem: {
        enabled: true
        retentionInDays: 7
        retentionInMb: 35
      }
    }
  }
}

// ... and sent to Log Analytics, kept there for the workspace's retention.
resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: site
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [for category in [
      'AppServiceConsoleLogs'
      'AppServiceHTTPLogs'
      'AppServicePlatformLogs'
    ]: {
      category: category
      enabled: true
    }]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

output name string = site.name
output hostName string = site.properties.defaultHostName
output healthCheckPath string = healthCheckPath
